// A stand-in for a local attacker, loaded with `node --import` by output.test.mjs:
// once the CLI has written FQA_SWAP_AFTER files, it swaps the folder FQA_SWAP_PATH
// for a symbolic link to FQA_SWAP_TARGET, at that exact point (no timing, no race
// to win). Without FQA_SWAP_PATH it does nothing.
import fs from 'node:fs';
import { join } from 'node:path';
import { syncBuiltinESMExports } from 'node:module';

//
// With FQA_SWAP_WORK_IN (a folder) instead, the attacker can write to the parent of --out: it
// moves the CLI's private work folder (.fertility-qa-*) there away and puts a link to
// FQA_SWAP_TARGET in its place, with the folders the CLI made so far.
const { FQA_SWAP_PATH: named, FQA_SWAP_WORK_IN: parent, FQA_SWAP_TARGET: target, FQA_SWAP_AFTER: after = '3' } = process.env;
if ((named || parent) && target) {
  let writes = 0;
  const swapWork = () => {
    const work = join(parent, fs.readdirSync(parent).find((name) => name.startsWith('.fertility-qa-')));
    fs.renameSync(work, `${work}-moved`);
    for (const entry of fs.readdirSync(`${work}-moved`, { recursive: true })) {
      if (fs.statSync(join(`${work}-moved`, entry)).isDirectory()) fs.mkdirSync(join(target, entry), { recursive: true });
    }
    fs.symlinkSync(target, work);
  };
  const swap = () => {
    if (++writes !== Number(after)) return;
    if (parent) return swapWork();
    try {
      if (fs.lstatSync(named).isDirectory()) fs.rmSync(named, { recursive: true });
    } catch {
      // nothing there yet: the link is made where it will be
    }
    fs.symlinkSync(target, named);
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
