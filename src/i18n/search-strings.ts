/**
 * The strings only `<qa-search>` shows, kept apart so that pages without
 * search do not download them.
 */
export const searchStrings = {
  searchLabel: 'Search the expert answers',
  searchHint: 'Results update as you type. Press the down arrow to move to the results.',
  categoriesLabel: 'Categories',
  allCategories: 'All',
  resultsLabel: 'Questions',
  resultCount: (count: number, query: string) =>
    query
      ? `${count} ${new Intl.PluralRules('en').select(count) === 'one' ? 'question matches' : 'questions match'} “${query}”`
      : `${count} ${new Intl.PluralRules('en').select(count) === 'one' ? 'question' : 'questions'}`,
  noResults: (query: string) => `No questions match “${query}”.`,
  browseInstead: 'Try other words, or browse a category:',
  showMore: 'Show more questions',
  searchLoading: 'Preparing search…',
};
