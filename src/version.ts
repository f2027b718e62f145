/**
 * This package's version, as in package.json (a test keeps them equal). Also
 * readable at run time as `customElements.get('fertility-question').version`,
 * for support questions.
 */
export const VERSION = '0.1.0';
