import { expect, waitUntil } from '@open-wc/testing';
import '../src/define.js';
import { validateFeed } from '../src/feed/validate.js';
import { fallbackHtml } from '../src/snippet/fallback.js';

/**
 * Issue 26, hole 10: feed text (and what the reader typed) placed inside the
 * widget's own sentences is isolated, so a right-to-left override in it cannot
 * reorder the widget's words after it. Checked by where the browser draws each
 * letter of those words, not by markup.
 */

const RLO = '\u202e';

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

/** A `<qa-feed>` with `feed` inline and `inner` (the widgets' markup), on this page; resolves once `selector` shows in the widget. */
async function render(feed: object, inner: string, selector: string): Promise<{ widget: Widget; remove(): void }> {
  const holder = document.createElement('div');
  holder.style.inlineSize = '900px';
  holder.innerHTML = `<qa-feed><script type="application/json">${JSON.stringify(feed)}</script>${inner}</qa-feed>`;
  document.body.append(holder);
  const widget = holder.querySelector<Widget>('fertility-question, qa-search')!;
  await waitUntil(() => widget.shadowRoot?.querySelector(selector), `no ${selector}`, { timeout: 5000 });
  await widget.updateComplete;
  return { widget, remove: () => holder.remove() };
}

/** The text node under `root` (through nothing but its own tree) that contains `words`. */
function textNode(root: ParentNode, words: string): Text {
  const walker = document.createTreeWalker(root as Node, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (node.textContent!.includes(words)) return node as Text;
  throw new Error(`no text "${words}"`);
}

/** Where the browser draws each letter of `words` in `node`, left to right on screen. */
function lettersLeftToRight(node: Text, words: string): boolean {
  const start = node.textContent!.indexOf(words);
  const lefts: number[] = [];
  for (let i = start; i < start + words.length; i += 1) {
    if (words[i - start] === ' ') continue;
    const range = document.createRange();
    range.setStart(node, i);
    range.setEnd(node, i + 1);
    lefts.push(range.getBoundingClientRect().left);
  }
  return lefts.every((left, i) => i === 0 || left > lefts[i - 1]!);
}

describe('hole 10: feed text never reorders the widget’s own words', () => {
  it('"Reviewed … by Dr Rev ‮" leaves "Next review due" reading left to right', async () => {
    const feed = {
      version: 1,
      experts: [{ id: 'dr-rev', name: `Dr Rev ${RLO}` }],
      questions: [{ id: 'q', title: 'Q', category: 'C', reviewed: '2026-01-05', reviewedBy: 'dr-rev', nextReview: '2099-01-05', answers: [{ expert: 'dr-rev', text: 'T' }] }],
    };
    const { widget, remove } = await render(feed, '<fertility-question question="q"></fertility-question>', '[part="about"]');
    try {
      widget.shadowRoot!.querySelector<HTMLDetailsElement>('[part="about"]')!.open = true;
      const about = widget.shadowRoot!.querySelector('[part="about"]')!;
      expect(lettersLeftToRight(textNode(about, 'Next review due'), 'Next review due')).to.equal(true);
      // The name itself is the feed's, shown whole.
      expect(about.textContent).to.contain(`by Dr Rev ${RLO}`);
    } finally {
      remove();
    }
  });

  it('"No question in “Cat ‮” matches “xyzzy‮” closely." keeps "matches" and "closely" reading left to right', async () => {
    const feed = {
      version: 1,
      categories: [
        { id: 'cat', name: `Cat ${RLO}` },
        { id: 'other', name: 'Other' },
      ],
      experts: [{ id: 'dr-a', name: 'Dr A' }],
      questions: [
        { id: 'q', title: 'About eggs', category: 'cat', answers: [{ expert: 'dr-a', text: 'Eggs.' }] },
        { id: 'r', title: 'About sperm', category: 'other', answers: [{ expert: 'dr-a', text: 'Sperm.' }] },
      ],
    };
    const start = location.href;
    // What the reader chose and typed, as a ?q= link gives it (sync-url reads it on connect).
    history.replaceState(null, '', `?q=${encodeURIComponent(`xyzzy${RLO}`)}&category=cat`);
    const { widget, remove } = await render(feed, '<qa-search sync-url></qa-search>', '[part="message"] p');
    try {
      await waitUntil(() => widget.shadowRoot!.querySelector('[part="message"]')!.textContent!.includes('closely'), 'no "No question" message', { timeout: 5000 });
      const message = widget.shadowRoot!.querySelector('[part="message"] p')!;
      expect(message.textContent).to.equal(`No question in “Cat ${RLO}” matches “xyzzy${RLO}” closely.`);
      expect(lettersLeftToRight(textNode(message, 'matches'), 'matches')).to.equal(true);
      expect(lettersLeftToRight(textNode(message, 'closely'), 'closely')).to.equal(true);
    } finally {
      remove();
      history.replaceState(null, '', start);
    }
  });

  it('"2 questions match “egg‮”" isolates the query the reader typed', async () => {
    const feed = {
      version: 1,
      experts: [{ id: 'dr-a', name: 'Dr A' }],
      questions: [
        { id: 'q', title: 'About eggs', category: 'c', answers: [{ expert: 'dr-a', text: 'Eggs.' }] },
        { id: 'r', title: 'Egg freezing', category: 'c', answers: [{ expert: 'dr-a', text: 'Eggs.' }] },
      ],
    };
    const start = location.href;
    history.replaceState(null, '', `?q=${encodeURIComponent(`egg${RLO}`)}`);
    const { widget, remove } = await render(feed, '<qa-search sync-url></qa-search>', '[part="count"]');
    try {
      const count = widget.shadowRoot!.querySelector('[part="count"]')!;
      expect(count.textContent).to.equal(`2 questions match “egg${RLO}”`);
      // English puts nothing of its own after the query, so nothing visible moves here; other
      // languages do, and the query is isolated wherever the message puts it.
      expect(count.querySelector('bdi')?.textContent).to.equal(`egg${RLO}`);
    } finally {
      remove();
      history.replaceState(null, '', start);
    }
  });

  it('"Answered by: Dr Rev ‮, Dr B" keeps the second name after the first', async () => {
    const feed = {
      version: 1,
      experts: [
        { id: 'dr-rev', name: `Dr Rev ${RLO}` },
        { id: 'dr-b', name: 'Dr Bee' },
      ],
      questions: [{ id: 'q', title: 'Q', category: 'C', answers: [{ expert: 'dr-rev', text: 'T' }, { expert: 'dr-b', text: 'U' }] }],
    };
    const { widget, remove } = await render(feed, '<fertility-question question="q"></fertility-question>', '[part="about"]');
    try {
      const about = widget.shadowRoot!.querySelector<HTMLDetailsElement>('[part="about"]')!;
      about.open = true;
      const [first, second] = [...about.querySelectorAll('[part="expert-link"]')];
      expect(first!.textContent).to.equal(`Dr Rev ${RLO}`);
      expect(lettersLeftToRight(textNode(second!, 'Dr Bee'), 'Dr Bee')).to.equal(true);
      expect(second!.getBoundingClientRect().left, 'second name drawn after the first').to.be.above(first!.getBoundingClientRect().left);
    } finally {
      remove();
    }
  });

  it('the static copy (snippet, pages): "Role ‮ · Clinic" keeps "Clinic" reading left to right', () => {
    const { feed } = validateFeed({
      version: 1,
      experts: [{ id: 'dr-a', name: 'Dr A', role: `Role ${RLO}`, organisation: 'Clinic' }],
      questions: [{ id: 'q', title: 'Q', category: `Tests ${RLO}`, answers: [{ expert: 'dr-a', text: 'T' }] }],
    });
    const holder = document.createElement('div');
    holder.innerHTML = fallbackHtml(feed.questions[0]!);
    document.body.append(holder);
    try {
      // The category has a line of its own, as in the widget; the role shares one with the clinic.
      expect(holder.querySelector('.fertility-qa-category')!.textContent).to.equal(`Tests ${RLO}`);
      const details = [...holder.querySelectorAll('p')].find((p) => p.textContent!.includes('Clinic'))!;
      expect(lettersLeftToRight(textNode(details, 'Clinic'), 'Clinic')).to.equal(true);
    } finally {
      holder.remove();
    }
  });
});
