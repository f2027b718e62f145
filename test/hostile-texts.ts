/**
 * Answer texts shaped to make a reader of the answer markup go back over what it
 * has read (issue 26, hole 1), at about 100,000 characters (under the feed's
 * limit). Shared by test/answer-markup.test.ts and bench/hostile-text.bench.ts.
 */
export const BACKTRACKING_TEXTS: Record<string, string> = {
  'unclosed links': '[a](x'.repeat(20_000),
  'brackets alone': '['.repeat(99_000),
  'labels without addresses': '[a]'.repeat(33_000),
  'links without a closing parenthesis': '[a](b c'.repeat(14_000),
  'stars alone': '*'.repeat(99_000),
  'bold never closed': '**a'.repeat(33_000),
  'emphasis never closed': '*a '.repeat(33_000),
  'list-like lines': '- \n'.repeat(33_000),
};
