/**
 * The shape of a locale table. Every string the widget shows is a message in
 * it: plain text with `{name}` placeholders, or, where a number decides the
 * wording, an object of plural forms chosen by `Intl.PluralRules` (`zero`,
 * `one`, `two`, `few`, `many`, `other`; `other` is required). Tables are plain
 * data, so a page can override any message with JSON.
 */
export type Plural = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
export type Message = string | Plural;

/** Messages of `<fertility-question>` and `<expert-answer>`. */
export interface CoreMessages {
  loading: string;
  /** {count} */
  expertsAnswered: Plural;
  reviewed: string;
  published: string;
  noFeed: string;
  noQuestion: string;
  /** {id} */
  questionNotFound: string;
  errorOffline: string;
  errorNetwork: string;
  errorTimeout: string;
  errorHttp: string;
  errorNotFound: string;
  errorServer: string;
  errorContentType: string;
  errorNotJson: string;
  errorFormat: string;
  staleNote: string;
  retry: string;
  playVideo: string;
  /** Ends the play button's name, "Play video: title, 2 minutes, by {expert}". {expert} */
  videoBy: string;
  videoHostNote: string;
  /** {expert} {question} */
  videoFrameTitle: string;
  /** {expert} */
  videoFrameTitleNoQuestion: string;
  watchOnYouTube: string;
  opensInNewTab: string;
  /** Heading of the urgent-care notice. */
  urgentHeading: string;
  /** Before the list of experts' names, e.g. "Answered by". */
  answeredBy: string;
  /** After the review date. {name} */
  reviewedBy: string;
  nextReview: string;
  /** {date} */
  reviewOverdue: string;
  references: string;
  /** The accessible name of a citation. {number} */
  citation: string;
  disclaimer: string;
  transcript: string;
  declaredInterests: string;
  /** The disclosure under an answer with the expert's credentials, registration and interests. */
  aboutExpert: string;
  /** The disclosure under the answers with review dates, who answered and Copy link. */
  aboutAnswer: string;
  /** Above each expert's name, as the seed's "Answer from:". */
  answerFrom: string;
  /** "Reviewed 5 Oct 2026" in the question's one-line header (before the date). */
  reviewedShort: string;
  /** Shown instead of the play button until the visitor accepts videos. */
  videoConsentNeeded: string;
  copyLink: string;
  linkCopied: string;
  /** {url} */
  linkNotCopied: string;
  /** Heading for answers filtered by organisation when none is left. {organisation} */
  noAnswersFromOrganisation: string;
  /** The button under a long list of answers that shows the next ones. {shown} {total} */
  moreAnswers: string;
  /** Ends a list of experts' names cut short. {count} */
  andMore: string;
}

/** Messages of `<qa-search>`. */
export interface SearchMessages {
  searchLabel: string;
  searchHint: string;
  categoriesLabel: string;
  allCategories: string;
  resultsLabel: string;
  /** {count} {query} */
  resultCount: Plural;
  /** {count} */
  questionCount: Plural;
  /** {query} */
  noResults: string;
  /** With a category chosen. {category} {query} */
  noResultsInCategory: string;
  /** The button that searches every category, under `noResultsInCategory`. */
  searchAllCategories: string;
  browseInstead: string;
  /** The link at the end of an opened result whose question has a page of its own (it leaves this page): "Read this question on its own page". */
  ownPageLink: string;
  showMore: string;
  /** Before the name of the expert whose answer an excerpt is from: "— Answered by Dr X" (one expert). */
  excerptBy: string;
  searchLoading: string;
}

export type Messages = CoreMessages & SearchMessages;

/** A locale's file: both tables. */
export interface Locale {
  core: CoreMessages;
  search: SearchMessages;
}
