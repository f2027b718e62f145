// The consumer apps in examples/ (Vite vanilla-ts, React 19, Vue 3), installed as
// a user installs them: from the `npm pack` tarball, into a directory outside
// this repository, offline. Each app is type-checked (strict, skipLibCheck off;
// vue-tsc for Vue) and built with Vite into examples/dist/<app>/, where
// test/consumer-apps.test.ts renders it in Chromium.
//
// Offline: the apps' package-lock.json is cut from this repository's (the same
// versions `npm ci` just put in npm's cache), so `npm ci --offline` needs no
// network. Run after `npm run build` (npm test does).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const repo = new URL('..', import.meta.url).pathname;
const APPS = ['vanilla', 'react', 'vue'];
const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));
const rootLock = JSON.parse(readFileSync(join(repo, 'package-lock.json'), 'utf8'));
const run = (cwd, command, ...args) => {
  console.log(`consumer apps: ${command} ${args.join(' ')}${cwd === repo ? '' : `   (in ${cwd})`}`);
  execFileSync(command, args, { cwd, stdio: 'inherit' });
};

const work = mkdtempSync(join(tmpdir(), 'fertility-qa-consumers-'));
try {
  // The tarball as npm would publish it (dist/ is already built: no prepack again).
  const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], { cwd: repo, encoding: 'utf8' }));
  const tarball = packed[0].filename;
  const integrity = `sha512-${createHash('sha512').update(readFileSync(join(work, tarball))).digest('base64')}`;

  // What the apps depend on, at the versions this repository tests with.
  const devDependencies = Object.fromEntries(
    ['@types/react', '@types/react-dom', 'react', 'react-dom', 'typescript', 'vite', 'vue', 'vue-tsc'].map((name) => [name, pkg.devDependencies[name]]),
  );
  const dependencies = { 'fertility-qa': `file:${tarball}` };
  writeFileSync(join(work, 'package.json'), JSON.stringify({ name: 'consumer-apps', private: true, type: 'module', dependencies, devDependencies }, null, 2));
  writeFileSync(join(work, 'package-lock.json'), JSON.stringify(cutLock({ dependencies, devDependencies }, tarball, integrity), null, 2));
  run(work, 'npm', 'ci', '--offline', '--no-audit', '--no-fund', '--ignore-scripts');

  for (const app of APPS) {
    const dir = join(work, app);
    cpSync(join(repo, 'examples', app), dir, { recursive: true });
    cpSync(join(repo, 'test/fixtures/feed.json'), join(dir, 'public/feed.json'));
    run(dir, 'npx', app === 'vue' ? 'vue-tsc' : 'tsc', '--noEmit', '-p', '.');
    run(dir, 'npx', 'vite', 'build', '--logLevel', 'warn', '--outDir', join(repo, 'examples/dist', app), '--emptyOutDir');
  }
  console.log(`consumer apps: ${APPS.join(', ')} type-checked and built from ${tarball} (${packed[0].entryCount} files, ${(packed[0].size / 1024).toFixed(1)} KB)`);
} finally {
  if (process.argv.includes('--keep')) console.log(`consumer apps: kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}

/**
 * A package-lock.json for the apps: the entries of this repository's lock that
 * their dependencies reach (with npm's nested node_modules lookup), plus the tarball.
 */
function cutLock(root, tarball, integrity) {
  const packages = { '': { name: 'consumer-apps', ...root } };
  const entry = { version: pkg.version, resolved: `file:${tarball}`, integrity, license: pkg.license, dependencies: pkg.dependencies };
  packages['node_modules/fertility-qa'] = entry;
  const visit = (from, deps) => {
    for (const name of Object.keys(deps ?? {})) {
      let at = from;
      let key;
      for (;;) {
        const candidate = `${at ? `${at}/` : ''}node_modules/${name}`;
        if (rootLock.packages[candidate]) { key = candidate; break; }
        if (!at) break;
        const parent = at.lastIndexOf('/node_modules/');
        at = parent === -1 ? '' : at.slice(0, parent);
      }
      if (!key) continue; // an optional peer nobody installed
      if (packages[key]) continue;
      const { dev, devOptional, peer, ...lockEntry } = rootLock.packages[key];
      packages[key] = lockEntry;
      const required = { ...lockEntry.dependencies, ...lockEntry.optionalDependencies };
      for (const peerName of Object.keys(lockEntry.peerDependencies ?? {})) {
        if (!lockEntry.peerDependenciesMeta?.[peerName]?.optional) required[peerName] = '*';
      }
      visit(key, required);
    }
  };
  visit('', { ...root.devDependencies, ...pkg.dependencies });
  return { name: 'consumer-apps', lockfileVersion: 3, requires: true, packages };
}
