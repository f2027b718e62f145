import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { questionFromItsFile } from '../feed/paged-index.js';
import type { Feed, Question } from '../feed/types.js';

/**
 * A question that a large split feed's partial index (`paged`) does not list:
 * read from its own file (`questions/<id>.json` beside the index) once the
 * index is ready, so `<fertility-question src="…/index.json" question="…">`
 * shows any question of the feed. `pending` while the file loads; a file that
 * is missing or broken leaves `question` undefined (the loader warned).
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
    const wanted = feed?.paged && id && !feed.questionsById.has(id) ? `${feed.paged.indexUrl} ${id}` : undefined;
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
