import type { SearchMessages } from './messages.js';

/** English messages of `<qa-search>`: in its own chunk, with the element. */
export const enSearch: SearchMessages = {
  searchLabel: 'Search the expert answers',
  searchHint: 'Results update as you type. Press the down arrow to move to the results.',
  categoriesLabel: 'Categories',
  allCategories: 'All',
  resultsLabel: 'Questions',
  resultCount: { one: '{count} question matches “{query}”', other: '{count} questions match “{query}”' },
  questionCount: { one: '{count} question', other: '{count} questions' },
  noResults: 'No questions match “{query}”.',
  browseInstead: 'Try other words, or browse a category:',
  showMore: 'Show more questions',
  searchLoading: 'Preparing search…',
};
