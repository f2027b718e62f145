import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import type { FertilityQuestion } from '../src/fertility-question/fertility-question.js';
import { setVideoConsent } from '../src/shared/video-consent.js';
import { captureWarnings, freshUrl } from './helpers.js';

const FEED = '/test/fixtures/trust-feed.json';

async function render(question: string, extra = '', src = FEED) {
  const wrapper = await fixture<HTMLElement>(html`<div></div>`);
  wrapper.innerHTML = `<fertility-question src="${src}" question="${question}" ${extra}></fertility-question>`;
  const el = wrapper.querySelector<FertilityQuestion>('fertility-question')!;
  await waitUntil(() => el.shadowRoot?.querySelector('expert-answer'), 'not rendered', { timeout: 5000 });
  await Promise.all([...el.shadowRoot!.querySelectorAll<FertilityQuestion>('expert-answer')].map((answer) => answer.updateComplete));
  return el;
}
const answers = (el: Element) => [...el.shadowRoot!.querySelectorAll('expert-answer')].map((answer) => answer.shadowRoot!);

describe('trust and care', () => {
  it('shows the urgent notice first, as an alert', async () => {
    const el = await render('cited');
    const urgent = el.shadowRoot!.querySelector('[part="urgent"]')!;
    expect(urgent.getAttribute('role')).to.equal('alert');
    expect(urgent.textContent).to.contain('Seek urgent care').and.to.contain('Seek help now if you have severe pain.');
    // Right after the title, before the summary and the answers.
    expect(urgent.previousElementSibling!.matches('h2')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('says who reviewed it and when the next review is due, in the reader’s date format', async () => {
    const el = await render('cited');
    // One line under the title; the full review line in "About this answer" (NHS: "Page last reviewed / Next review due").
    expect(el.shadowRoot!.querySelector('[part="meta"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('2 experts answered · Reviewed Mar 1, 2026');
    const about = el.shadowRoot!.querySelector('[part="about"]')!.textContent!.replace(/\s+/g, ' ');
    expect(about).to.contain('Last reviewed March 1, 2026 by Dr Reviewer');
    expect(about).to.contain('Next review due March 1, 2099');
  });

  it('numbers the references, links PubMed and DOI, and drops a malformed PMID with a warning', async () => {
    const warnings = captureWarnings();
    try {
      const el = await render('cited', '', freshUrl(FEED));
      expect(warnings.ours.filter((w) => w.includes('references'))).to.deep.equal([
        `fertility-qa: ${el.src}: question "cited": questions[0].references[2].pmid: is not a PubMed id (digits only); it is ignored.`,
      ]);
      const items = [...el.shadowRoot!.querySelectorAll('[part="references"] li')];
      expect(items.map((item) => item.id)).to.deep.equal(['reference-1', 'reference-2', 'reference-3']);
      expect([...items[0]!.querySelectorAll('a')].map((a) => a.href)).to.deep.equal(['https://example.org/one', 'https://pubmed.ncbi.nlm.nih.gov/12345678/']);
      expect(items[1]!.querySelector('a')!.href).to.equal('https://doi.org/10.5555/test.0002');
      expect(items[2]!.querySelector('a')).to.equal(null);
    } finally {
      warnings.restore();
    }
  });

  it('links citations in the answer text to their reference, and follows them', async () => {
    const el = await render('cited');
    const [first] = answers(el);
    const citations = [...first!.querySelectorAll<HTMLAnchorElement>('[part="text"] a.cite')];
    expect(citations.map((c) => c.textContent)).to.deep.equal(['[1]', '[2]']);
    expect(citations[0]!.getAttribute('aria-label')).to.equal('Reference 1');
    expect(first!.querySelector('[part="text"]')!.textContent).to.contain('[9]'); // no reference 9: plain text
    citations[1]!.focus();
    await sendKeys({ press: 'Enter' });
    expect(el.shadowRoot!.activeElement!.id).to.equal('reference-2');
  });

  it('lists who answered, each name jumping to the answer', async () => {
    const el = await render('cited');
    const links = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part="expert-link"]')];
    expect(links.map((link) => link.textContent)).to.deep.equal(['Dr A', 'Dr B']);
    links[1]!.click();
    const second = el.shadowRoot!.querySelectorAll('expert-answer')[1]!;
    expect(second.shadowRoot!.activeElement?.localName).to.equal('article');
  });

  it('shows registration and declared interests with the expert', async () => {
    const el = await render('cited');
    const [first] = answers(el);
    expect(first!.querySelector('[part="expert-registration"]')!.textContent).to.equal('Reg 123');
    expect(first!.querySelector('[part="expert-interests"]')!.textContent).to.contain('Declared interests: Advises a test maker.');
  });

  it('shows only one organisation’s answers when asked', async () => {
    const el = await render('cited', 'organisation="Clinic Two"');
    expect(answers(el).map((a) => a.querySelector('[part="expert-name"]')!.textContent!.trim())).to.deep.equal(['Dr B']);
    expect(el.shadowRoot!.querySelector('[part="meta"]')!.textContent).to.contain('1 expert answered');
  });

  it('shows the disclaimer once, replaceable through its slot, hidden only by no-disclaimer', async () => {
    const el = await render('cited');
    expect(el.shadowRoot!.querySelectorAll('[part="disclaimer"]')).to.have.length(1);
    expect(el.shadowRoot!.querySelector('[part="disclaimer"]')!.textContent).to.contain('not personal medical advice');
    const own = await fixture<FertilityQuestion>(html`<fertility-question src=${FEED} question="cited"><p slot="disclaimer">Our own words.</p></fertility-question>`);
    await waitUntil(() => own.shadowRoot?.querySelector('slot[name="disclaimer"]'));
    expect((own.shadowRoot!.querySelector('slot[name="disclaimer"]') as HTMLSlotElement).assignedElements()[0]!.textContent).to.equal('Our own words.');
    const none = await render('cited', 'no-disclaimer');
    expect(none.shadowRoot!.querySelector('[part="disclaimer"]')).to.equal(null);
  });

  it('marks an overdue review only for editors who ask, and warns in the console', async () => {
    const warnings = captureWarnings();
    try {
      const reader = await render('overdue');
      expect(reader.shadowRoot!.querySelector('[part="review-overdue"]')).to.equal(null);
      expect(reader.shadowRoot!.querySelector('h2')!.textContent).to.equal('A question whose review is overdue');
      expect(warnings.ours.some((w) => w.includes('question "overdue": its review was due on 2025-01-01 and is overdue.'))).to.equal(true);
      const editor = await render('overdue', 'review-status');
      expect(editor.shadowRoot!.querySelector('[part="review-overdue"]')!.textContent).to.contain('Review overdue since January 1, 2025');
    } finally {
      warnings.restore();
    }
  });

  it('offers a video-only answer’s transcript in a disclosure; the validator warns when there is none', async () => {
    const warnings = captureWarnings();
    try {
      const el = await render('video-only', '', freshUrl(FEED));
      const [withTranscript, without] = answers(el);
      const details = withTranscript!.querySelector<HTMLDetailsElement>('[part="transcript"]')!;
      expect(details.open).to.equal(false);
      expect(details.querySelector('summary')!.textContent).to.equal('Transcript');
      expect(details.textContent).to.contain('What is said in the video.');
      expect(without!.querySelector('[part="transcript"]')).to.equal(null);
      expect(warnings.ours.filter((w) => w.includes('video.transcript'))).to.have.length(1);
      expect(warnings.ours.find((w) => w.includes('video.transcript'))).to.contain('questions[2].answers[1].video.transcript');
      await expect(el).to.be.accessible();
    } finally {
      warnings.restore();
    }
  });

  describe('consent before any video', () => {
    afterEach(() => setVideoConsent(false));

    it('requests nothing from YouTube before consent and a click (every request recorded)', async () => {
      const requests: string[] = [];
      const observer = new PerformanceObserver((list) => list.getEntries().forEach((entry) => requests.push(entry.name)));
      observer.observe({ type: 'resource', buffered: false });
      const wrapper = await fixture<HTMLElement>(html`<div video-consent="required"></div>`);
      wrapper.innerHTML = `<fertility-question src="${FEED}" question="video-only"></fertility-question>`;
      const el = wrapper.querySelector('fertility-question')!;
      await waitUntil(() => el.shadowRoot?.querySelector('expert-answer')?.shadowRoot?.querySelector('[part="video-consent"]'), 'no consent notice', { timeout: 5000 });
      const first = el.shadowRoot!.querySelector('expert-answer')!.shadowRoot!;
      // No play button until consent: the notice, the transcript (open) and the plain link instead.
      expect(first.querySelector('[part="video-facade"]')).to.equal(null);
      expect(first.querySelector('[part="video-consent"]')!.textContent).to.contain('hosted by YouTube');
      expect(first.querySelector<HTMLDetailsElement>('[part="transcript"]')!.open).to.equal(true);
      expect(first.querySelector('[part="video-link"]')).to.exist;
      await expect(el).to.be.accessible();

      // A consent manager grants consent: the play button appears, and still nothing loads until the click.
      document.dispatchEvent(new CustomEvent('fertility-qa-video-consent', { detail: { granted: true } }));
      const answer = el.shadowRoot!.querySelector('expert-answer')! as HTMLElement & { updateComplete: Promise<unknown> };
      await answer.updateComplete;
      const button = first.querySelector<HTMLButtonElement>('[part="video-facade"]')!;
      expect(button).to.exist;
      // What would request anything from YouTube: an element that names it. The update after consent has run.
      expect([...first.querySelectorAll('[src], [srcset], [poster], link')].map((node) => node.outerHTML).filter((markup) => /youtube|ytimg|ggpht/.test(markup))).to.deep.equal([]);
      expect(requests.filter((url) => /youtube/.test(url))).to.deep.equal([]);
      expect(el.shadowRoot!.querySelectorAll('iframe').length + first.querySelectorAll('iframe').length).to.equal(0);
      button.click();
      await answer.updateComplete;
      expect(new URL(first.querySelector('iframe')!.src).hostname).to.equal('www.youtube-nocookie.com');
      observer.disconnect();
      first.querySelector('iframe')!.src = 'about:blank';
    });
  });
});
