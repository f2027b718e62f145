// custom-elements.json is generated from the JSDoc on each element class.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts'],
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
            if (declaration.events) {
              declaration.events = declaration.events.filter((event) => event.name && event.name !== 'detail' && event.description);
            }
          }
        }
      },
    },
  ],
};
