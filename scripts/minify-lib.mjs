// Minifies dist/lib (tsc's output) the way vite.config.ts minifies the one-file
// bundle: the CSS and HTML inside Lit's css`` and html`` templates
// (minify-literals), then the JavaScript (Oxc's minifier, through Vite). Module
// structure, export names and the .d.ts files stay as tsc wrote them, so
// bundlers still tree-shake and share `lit`. No source maps: they would point
// at src/, which is not published.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { minifyHTMLLiterals } from 'minify-literals';
import { minify } from 'vite';

const root = new URL('../dist/lib/', import.meta.url).pathname;
const files = (await readdir(root, { recursive: true })).filter((file) => file.endsWith('.js'));

let before = 0;
let after = 0;
for (const file of files) {
  const path = join(root, file);
  const source = await readFile(path, 'utf8');
  const literals = /\b(html|css)\s*`/.test(source)
    ? await minifyHTMLLiterals(source, {
        fileName: path,
        html: { collapseWhitespace: true, conservativeCollapse: true, removeComments: true },
      })
    : null;
  const result = await minify(file, literals?.code ?? source, { module: true, compress: { target: 'es2022' }, mangle: true });
  if (result.errors?.length) throw new Error(`${file}: ${result.errors.map((error) => error.message).join('; ')}`);
  await writeFile(path, result.code);
  before += source.length;
  after += result.code.length;
}
console.log(`dist/lib: ${files.length} files minified, ${(before / 1024).toFixed(1)} KB -> ${(after / 1024).toFixed(1)} KB`);
