import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { questionFromItsFile } from '../feed/paged-index.js';
import type { Feed, Question } from '../feed/types.js';

/**
 * A question of a split feed's index, whole: an index lists questions without
 * their answers, so the question is read from its own file once the index is
 * ready (the file the index names, or for a question a large feed's partial
 * index does not list, `questions/<id>.json` beside it), and
 * `<fertility-question src="…/index.json" question="…">` shows any question of
 * the feed with its answers. `pending` while the file loads; a file that is
 * missing or broken leaves `question` undefined (the loader warned).
 */
export class QuestionFileController implements ReactiveController {
  /** The question read from its file, for the feed and id of `#key`. */
  question?: Question;
  /** Whether the file is being read. */
  pending = false;
  #key?: string;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly feed: () => Feed | undefined,
    private readonly id: () => string | undefined,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const feed = this.feed();
    const id = this.id()?.trim();
    // A split feed's index lists questions without their answers: the question is read from its own file.
    const listed = id ? feed?.questionsById.get(id) : undefined;
    const wanted = feed?.kind === 'index' && id && (listed ? listed.feedUrl && !listed.answers.length : feed.paged) ? `${id} ${listed?.feedUrl ?? feed.paged?.indexUrl}` : undefined;
    if (wanted === this.#key) return;
    this.#key = wanted;
    this.question = undefined;
    this.pending = Boolean(wanted);
    if (!wanted) return;
    const settle = (question?: Question) => {
      if (this.#key !== wanted) return;
      this.question = question;
      this.pending = false;
      this.host.requestUpdate();
    };
    questionFromItsFile(feed!, id!).then(settle, () => settle());
  }
}
