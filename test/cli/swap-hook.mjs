// A stand-in for a local attacker, loaded with `node --import` by output.test.mjs:
// once the CLI has written FQA_SWAP_AFTER files, it swaps the folder FQA_SWAP_PATH
// for a symbolic link to FQA_SWAP_TARGET, at that exact point (no timing, no race
// to win). Without FQA_SWAP_PATH it does nothing.
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

const { FQA_SWAP_PATH: path, FQA_SWAP_TARGET: target, FQA_SWAP_AFTER: after = '3' } = process.env;
if (path && target) {
  let writes = 0;
  const swap = () => {
    if (++writes !== Number(after)) return;
    try {
      if (fs.lstatSync(path).isDirectory()) fs.rmSync(path, { recursive: true });
    } catch {
      // nothing there yet: the link is made where it will be
    }
    fs.symlinkSync(target, path);
  };
  for (const name of ['writeFileSync', 'writeSync']) {
    const original = fs[name];
    fs[name] = function (...args) {
      const result = original.apply(this, args);
      swap();
      return result;
    };
  }
  syncBuiltinESMExports();
}
