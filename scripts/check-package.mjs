// What a consumer's tools say about the package as packed: publint, Are the
// Types Wrong (ESM-only profile), and the custom elements manifest against
// @wc-toolkit/cem-validator. Run after `npm run build` (npm test does).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateCem } from '@wc-toolkit/cem-validator';

const repo = new URL('..', import.meta.url).pathname;
const run = (command, ...args) => execFileSync(command, args, { cwd: repo, stdio: 'inherit' });
const work = mkdtempSync(join(tmpdir(), 'fertility-qa-pack-'));
try {
  const [packed] = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], { cwd: repo, encoding: 'utf8' }));
  const files = new Set(packed.files.map((file) => file.path));
  const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));
  for (const field of ['web-types', 'jsdelivr', 'unpkg', 'customElements']) {
    if (!files.has(pkg[field].replace(/^\.\//, ''))) throw new Error(`package.json "${field}" names ${pkg[field]}, which is not in the tarball`);
  }
  // The precompressed scripts ship, for self-hosters who copy dist/ to a static host (README, "Self-hosted").
  for (const file of ['LICENSE', 'README.md', 'CHANGELOG.md', 'dist/vscode.html-custom-data.json', 'dist/fertility-qa.js.br', 'dist/fertility-qa.js.gz']) {
    if (!files.has(file)) throw new Error(`${file} is not in the tarball`);
  }
  console.log(`check-package: ${packed.filename}, ${packed.entryCount} files, ${(packed.size / 1024).toFixed(1)} KB packed, ${(packed.unpackedSize / 1024).toFixed(1)} KB unpacked`);
  run('npx', 'publint', '--strict', '--pack', 'false');
  // attw's table has a 💀 row for every entry point under resolutions the esm-only profile
  // ignores (node10, node16 from CJS): only problems are printed, or one line (issue 27).
  const attw = ['attw', join(work, packed.filename), '--profile', 'esm-only'];
  let report;
  try {
    report = JSON.parse(execFileSync('npx', [...attw, '--format', 'json'], { cwd: repo, encoding: 'utf8', maxBuffer: 64 << 20 }));
  } catch {
    run('npx', ...attw, '--format', 'ascii'); // its problems, in its words; throws with its exit status
    throw new Error('attw: no report (see above)');
  }
  const entrypoints = Object.keys(report.analysis.entrypoints ?? {});
  console.log(`check-package: attw (esm-only) found no problems in ${entrypoints.length} entry points (node16 ESM and bundler; node10 and CJS ignored: the package is ESM-only)`);
  const manifest = JSON.parse(readFileSync(join(repo, 'custom-elements.json'), 'utf8'));
  validateCem(manifest, { packageJsonPath: join(repo, 'package.json'), cemFileName: 'custom-elements.json', logErrors: false });
  console.log('check-package: cem-validator found no problems');
} finally {
  rmSync(work, { recursive: true, force: true });
}
