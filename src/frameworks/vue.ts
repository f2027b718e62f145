/**
 * Vue typings: `import 'fertility-qa/vue';` once (types only), and tell Vue's
 * compiler these are custom elements (`compilerOptions.isCustomElement:
 * (tag) => ['fertility-question', 'expert-answer', 'qa-search', 'qa-feed'].includes(tag)`).
 * Attributes type-check in their HTML form (`heading-level="3"`, `open`), as do
 * bound properties (`:question="id"`); `@qa-error="…"` handlers receive the
 * element's typed event.
 */
import type { DefineComponent } from 'vue';
import type { ElementEvents, ElementProperties, ElementTypes } from './element-props.js';

/** `qa-error` → `QaError`: the name Vue gives an `@qa-error` listener (`onQaError`). */
type PascalCase<Name extends string> = Name extends `${infer Head}-${infer Tail}` ? `${Capitalize<Head>}${PascalCase<Tail>}` : Capitalize<Name>;

/** A number or boolean property also takes its attribute form: `heading-level="3"`. */
type AttributeOrProperty<T> = T extends number ? number | string : T extends boolean ? boolean | string : T;

type VueProps<Tag extends keyof ElementTypes> = {
  [K in keyof ElementProperties<ElementTypes[Tag]>]?: AttributeOrProperty<ElementProperties<ElementTypes[Tag]>[K]>;
} & {
  [K in keyof ElementEvents[Tag] as `on${PascalCase<K & string>}`]?: (event: ElementEvents[Tag][K]) => void;
};

type VueElement<Tag extends keyof ElementTypes> = DefineComponent<VueProps<Tag>>;

declare module 'vue' {
  interface GlobalComponents {
    'fertility-question': VueElement<'fertility-question'>;
    'expert-answer': VueElement<'expert-answer'>;
    'qa-search': VueElement<'qa-search'>;
    'qa-feed': VueElement<'qa-feed'>;
  }
}

export {};
