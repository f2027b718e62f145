/** JSX typings for Preact: `import 'fertility-qa/preact';` once (types only). */
import type { HTMLAttributes } from 'preact';
import type { ElementEvents, ElementProperties, ElementTypes, EventProps } from './element-props.js';

type PreactProps<Tag extends keyof ElementTypes> = Omit<HTMLAttributes<ElementTypes[Tag]>, 'lang' | 'dir'> &
  ElementProperties<ElementTypes[Tag]> &
  EventProps<ElementEvents[Tag]>;

declare module 'preact' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'fertility-question': PreactProps<'fertility-question'>;
      'expert-answer': PreactProps<'expert-answer'>;
      'qa-search': PreactProps<'qa-search'>;
      'qa-feed': PreactProps<'qa-feed'>;
    }
  }
}

export {};
