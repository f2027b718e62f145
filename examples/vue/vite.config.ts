import { defineConfig, transformWithOxc, type Plugin } from 'vite';
import { compileScript, parse } from 'vue/compiler-sfc';

const isCustomElement = (tag: string) => ['fertility-question', 'expert-answer', 'qa-search', 'qa-feed'].includes(tag);

/**
 * Single-file components with Vue's own compiler: what @vitejs/plugin-vue does
 * for a build, in a few lines (this repository installs no extra packages).
 * With @vitejs/plugin-vue, pass the same `isCustomElement` as
 * `vue({ template: { compilerOptions: { isCustomElement } } })`.
 */
function vueSingleFileComponents(): Plugin {
  return {
    name: 'vue-single-file-components',
    transform(code, id) {
      if (!id.endsWith('.vue')) return null;
      const { descriptor, errors } = parse(code, { filename: id });
      if (errors.length > 0) throw errors[0];
      const script = compileScript(descriptor, { id, inlineTemplate: true, isProd: true, templateOptions: { compilerOptions: { isCustomElement } } });
      return transformWithOxc(script.content, `${id}.ts`, { lang: 'ts' });
    },
  };
}

export default defineConfig({ base: './', plugins: [vueSingleFileComponents()] });
