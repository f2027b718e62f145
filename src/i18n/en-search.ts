import type { SearchMessages } from './messages.js';

/** English messages of `<qa-search>`: in its own chunk, with the element. */
export const enSearch: SearchMessages = {
  searchLabel: 'Search the expert answers',
  searchHint: 'Results appear as you type; ↓ moves to them.',
  categoriesLabel: 'Categories',
  allCategories: 'All',
  resultsLabel: 'Questions',
  resultCount: { one: '{count} question matches “{query}”', other: '{count} questions match “{query}”' },
  questionCount: { one: '{count} question', other: '{count} questions' },
  noResults: 'No question matches “{query}” closely.',
  noResultsInCategory: 'No question in “{category}” matches “{query}” closely.',
  searchAllCategories: 'Search all categories',
  browseInstead: 'Try other words, browse a category, or see these questions:',
  ownPageLink: 'Read this question on its own page',
  showMore: 'Show more questions',
  excerptBy: 'Answered by',
  searchLoading: 'Preparing search…',
};
