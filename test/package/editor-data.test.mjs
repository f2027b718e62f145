// Issue 17 item 4: the feed mixins' properties (`src`, `timeout`, `cache`, `strings`) carry their
// one docstring into custom-elements.json and the editors' data (VS Code custom data, JetBrains
// web-types) for every element that uses them; Lit's reactive state and #private members are not
// offered as attributes or API. Run after `npm run build`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const root = new URL('../../', import.meta.url);
const read = (path) => JSON.parse(readFileSync(new URL(path, root), 'utf8'));
const manifest = read('custom-elements.json');
const vscode = read('dist/vscode.html-custom-data.json');
const webTypes = read('dist/web-types.json');
const mixin = readFileSync(new URL('src/shared/feed-mixin.ts', root), 'utf8');

/** The docstring right above `declare <name>:` in the mixin's source, as one line. */
function mixinDoc(name) {
  const at = mixin.indexOf(`declare ${name}:`);
  const start = mixin.lastIndexOf('/**', at);
  assert.ok(at > 0 && start > 0, `no docstring for ${name} in feed-mixin.ts`);
  const block = mixin.slice(start + 3, mixin.indexOf('*/', start));
  return block.split('\n').map((line) => line.replace(/^\s*\*?\s?/, '').trim()).filter(Boolean).join(' ');
}

const USES = { 'qa-feed': ['src', 'timeout', 'cache'], 'fertility-question': ['src', 'timeout', 'cache', 'strings'], 'qa-search': ['src', 'timeout', 'cache', 'strings'] };
const STATE = { 'qa-search': ['query', 'category', 'pages'], 'fertility-question': ['copyStatus', 'shownAnswers'] };

const declarations = manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.customElement);
const declarationOf = (tag) => declarations.find((declaration) => declaration.tagName === tag);

for (const [tag, names] of Object.entries(USES)) {
  test(`<${tag}>: the mixin's properties, documented once, in the manifest and the editors' data`, () => {
    const declaration = declarationOf(tag);
    const vscodeTag = vscode.tags.find((entry) => entry.name === tag);
    const webTag = webTypes.contributions.html.elements.find((entry) => entry.name === tag);
    for (const name of names) {
      const doc = mixinDoc(name);
      const attribute = declaration.attributes.find((entry) => entry.name === name);
      assert.ok(attribute?.description?.startsWith(doc.slice(0, 40)), `${tag} ${name} in custom-elements.json: ${attribute?.description}`);
      assert.ok(declaration.members.find((entry) => entry.name === name)?.description?.startsWith(doc.slice(0, 40)), `${tag} .${name} member`);
      const hover = vscodeTag.attributes.find((entry) => entry.name === name)?.description ?? '';
      assert.ok(hover.startsWith(doc.slice(0, 40)), `${tag} ${name} in vscode.html-custom-data.json: ${hover}`);
      const webAttribute = webTag.attributes.find((entry) => entry.name === name);
      assert.ok(webAttribute?.description?.startsWith(doc.slice(0, 40)), `${tag} ${name} in web-types.json`);
    }
  });
}

test("no element offers its reactive state or #private members as API", () => {
  for (const [tag, names] of Object.entries(STATE)) {
    const attributes = declarationOf(tag).attributes.map((entry) => entry.name);
    const hovers = vscode.tags.find((entry) => entry.name === tag).attributes.map((entry) => entry.name);
    for (const name of names) {
      assert.ok(!attributes.includes(name), `${tag} lists state ${name} as an attribute`);
      assert.ok(!hovers.includes(name), `${tag} offers state ${name} in VS Code`);
    }
  }
  for (const declaration of manifest.modules.flatMap((module) => module.declarations ?? [])) {
    const hidden = (declaration.members ?? []).filter((member) => member.name.startsWith('#') || (member.static && member.name === 'properties'));
    assert.deepEqual(hidden.map((member) => member.name), [], `${declaration.name}`);
  }
});
