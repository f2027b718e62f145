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
