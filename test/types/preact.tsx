/** @jsxImportSource preact */
// Type-check only (npm test runs tsc): the Preact typings accept the elements,
// their properties and their events, and reject a misspelt property.
import '../../src/frameworks/preact.js';
import type { QaErrorEvent } from '../../src/index.js';

export const question = (
  <fertility-question src="/faq/feed.json" question="what-is-ivf" heading-level="3" onqa-error={(event: QaErrorEvent) => event.detail.reason} />
);
// @ts-expect-error: "questoin" is not a property of <fertility-question>.
export const misspelt = <fertility-question questoin="what-is-ivf" />;
