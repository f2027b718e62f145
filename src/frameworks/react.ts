/**
 * JSX typings for React 19: `import 'fertility-qa/react';` once (types only).
 * React 19 sets properties on custom elements (`question={id}`) and listens to
 * their events by name (`onqa-error={(event) => …}`).
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { ElementEvents, ElementProperties, ElementTypes, EventProps } from './element-props.js';

type ReactProps<Tag extends keyof ElementTypes> = Omit<DetailedHTMLProps<HTMLAttributes<ElementTypes[Tag]>, ElementTypes[Tag]>, 'lang' | 'dir'> &
  ElementProperties<ElementTypes[Tag]> &
  EventProps<ElementEvents[Tag]>;

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'fertility-question': ReactProps<'fertility-question'>;
      'expert-answer': ReactProps<'expert-answer'>;
      'qa-search': ReactProps<'qa-search'>;
      'qa-feed': ReactProps<'qa-feed'>;
    }
  }
}

export {};
