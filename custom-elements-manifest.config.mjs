// custom-elements.json is generated from the JSDoc on each element class, and from
// it the editors' data: VS Code custom data (dist/vscode.*-custom-data.json) and
// JetBrains web-types (dist/web-types.json, named by package.json's "web-types").
import { readFileSync } from 'node:fs';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';

/** `src/a/b.ts` (as the analyzer names modules) → `dist/lib/a/b.js`, the file that ships. */
const shipped = (value) =>
  typeof value === 'string'
    ? value.replace(/^(\/?)src\/(.*)\.ts$/, '$1dist/lib/$2.js')
    : Array.isArray(value)
      ? value.map(shipped)
      : value && typeof value === 'object'
        ? Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, shipped(entry)]))
        : value;

export default {
  globs: ['src/**/*.ts'],
  // The feed editor (src/editor/) is an app of its own (dist/editor/), not one of the widget's elements.
  exclude: ['src/**/*.test.ts', 'src/editor/**'],
  litelement: true,
  plugins: [
    {
      // Events are documented with @fires on the class. The analyzer also lists
      // every `dispatchEvent(new SomeEvent(...))` it sees, without a name; keep
      // only the documented, named ones. And a stable module order.
      name: 'fertility-qa:stable-documented-manifest',
      packageLinkPhase({ customElementsManifest }) {
        // Modules in path order, whatever order the file system lists them in,
        // so that a clean checkout regenerates the same file.
        customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
        // A class marked `@internal` is left out, but the analyzer still lists its members under a class
        // that extends it (SearchIndex listed its layers' ~1,200 lines of internals): leave those out too.
        const declared = new Set(customElementsManifest.modules.flatMap((module) => (module.declarations ?? []).map((declaration) => declaration.name)));
        for (const declaration of customElementsManifest.modules.flatMap((module) => module.declarations ?? [])) {
          if (declaration.members) declaration.members = declaration.members.filter((member) => !member.inheritedFrom || declared.has(member.inheritedFrom.name));
        }
        for (const module of customElementsManifest.modules) {
          // The analyzer reads `customElements.define(name, element)` in define.ts's loop as
          // a tag called "name": drop definitions that are not real tag names.
          if (module.exports) {
            module.exports = module.exports.filter((entry) => entry.kind !== 'custom-element-definition' || entry.name.includes('-'));
          }
          // Tags are defined in src/define.ts (in a loop the analyzer cannot follow):
          // say here which tag each element class is defined as, as tools expect.
          for (const declaration of module.declarations ?? []) {
            if (!declaration.customElement || !declaration.tagName) continue;
            module.exports ??= [];
            if (!module.exports.some((entry) => entry.kind === 'custom-element-definition' && entry.name === declaration.tagName)) {
              module.exports.push({
                kind: 'custom-element-definition',
                name: declaration.tagName,
                declaration: { name: declaration.name, module: `/${module.path}` },
              });
            }
          }
          for (const declaration of module.declarations ?? []) {
            // Lit's reactive state (`state: true`, private fields) is no attribute, and neither
            // `#private` members nor Lit's static `properties` (which the mixins' inheritance
            // copies into each element, under the wrong mixin's name) are API: editors offered
            // `query` on <qa-search> and `copyStatus` on <fertility-question>.
            const hidden = new Set((declaration.members ?? []).filter((member) => member.privacy === 'private' || member.name.startsWith('#')).map((member) => member.name));
            if (declaration.attributes) declaration.attributes = declaration.attributes.filter((attribute) => !hidden.has(attribute.fieldName));
            if (declaration.members) {
              declaration.members = declaration.members.filter((member) => !member.name.startsWith('#') && !(member.static && (member.name === 'properties' || member.name === 'styles')));
            }
            if (declaration.events) {
              declaration.events = declaration.events.filter((event) => event.name && event.name !== 'detail' && event.description);
            }
          }
        }
        // The analyzer leaves out exported interfaces and types (`AnswerData`): list those of
        // each element module, so tools can find the types its members use.
        for (const module of customElementsManifest.modules) {
          if (!module.declarations?.some((declaration) => declaration.customElement)) continue;
          const source = readFileSync(module.path, 'utf8');
          for (const [, name] of source.matchAll(/^export (?:interface|type) (\w+)/gm)) {
            if (module.exports?.some((entry) => entry.name === name)) continue;
            module.exports.push({ kind: 'js', name, declaration: { name, module: module.path } });
          }
        }
        // Paths name what ships (dist/lib/*.js), not the sources, which are not published.
        customElementsManifest.schemaVersion = '2.1.0';
        customElementsManifest.modules = shipped(customElementsManifest.modules);
      },
    },
    customElementVsCodePlugin({
      outdir: 'dist',
      htmlFileName: 'vscode.html-custom-data.json',
      cssFileName: 'vscode.css-custom-data.json',
    }),
    customElementJetBrainsPlugin({ outdir: 'dist', webTypesFileName: 'web-types.json', packageJson: false }),
  ],
};
