/**
 * Vue typings: `import 'fertility-qa/vue';` once (types only), and tell Vue's
 * compiler these are custom elements (`compilerOptions.isCustomElement:
 * (tag) => ['fertility-question', 'expert-answer', 'qa-search', 'qa-feed'].includes(tag)`).
 * Bind properties with `.prop` (`:question.prop="id"`) or plain attributes;
 * listen with `@qa-error="…"`.
 */
import type { DefineComponent } from 'vue';
import type { ElementProperties, ElementTypes } from './element-props.js';

type VueElement<Tag extends keyof ElementTypes> = DefineComponent<ElementProperties<ElementTypes[Tag]>>;

declare module 'vue' {
  interface GlobalComponents {
    'fertility-question': VueElement<'fertility-question'>;
    'expert-answer': VueElement<'expert-answer'>;
    'qa-search': VueElement<'qa-search'>;
    'qa-feed': VueElement<'qa-feed'>;
  }
}

export {};
