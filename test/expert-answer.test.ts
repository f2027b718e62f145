import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import type { ExpertAnswer, AnswerData } from '../src/expert-answer/expert-answer.js';
import { captureWarnings } from './helpers.js';

const withVideo: AnswerData = {
  expert: { id: 'dr-a', name: 'Dr Ada Example', role: 'Consultant', credentials: 'MD', organisation: 'Example Clinic' },
  text: 'Some text.',
  video: { youtubeId: 'aBcDeFgHiJ0' },
};

const thirdPartyRequests = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name))
    .filter((url) => url.origin !== location.origin);

describe('<expert-answer>', () => {
  describe('from the answer property', () => {
    it('shows the expert, their details and the answer text', async () => {
      const el = await fixture<ExpertAnswer>(html`<expert-answer .answer=${withVideo}></expert-answer>`);
      const root = el.shadowRoot!;
      expect(root.querySelector('h3[part="expert-name"]')!.textContent!.trim()).to.equal('Dr Ada Example');
      // Under the name, "role · organisation" (the seed's "Answer from:"); credentials in "About this expert".
      expect([...root.querySelectorAll('[part="expert-details"] span')].map((s) => s.textContent)).to.deep.equal(['Consultant', 'Example Clinic']);
      expect(root.querySelector('details[part="about-expert"] [part="expert-credentials"]')!.textContent).to.equal('MD');
      expect(root.querySelector('[part="text"]')!.textContent).to.contain('Some text.');
      await expect(el).to.be.accessible();
    });

    it('renders the safe markup subset as elements, and only http(s) links', async () => {
      const el = await fixture<ExpertAnswer>(html`<expert-answer
        .answer=${{
          expert: { id: 'a', name: 'A' },
          text: 'One\nline two\n\n- a\n- b\n\n1. first\n2. second\n\n**strong** *em* [ok](https://example.org/x) [bad](javascript:alert(1))',
        }}
      ></expert-answer>`);
      const text = el.shadowRoot!.querySelector('[part="text"]')!;
      expect(text.querySelectorAll('p')).to.have.length(2);
      expect(text.querySelector('p br')).to.exist;
      expect([...text.querySelectorAll('ul li')].map((li) => li.textContent)).to.deep.equal(['a', 'b']);
      expect([...text.querySelectorAll('ol li')].map((li) => li.textContent)).to.deep.equal(['first', 'second']);
      expect(text.querySelector('strong')!.textContent).to.equal('strong');
      expect(text.querySelector('em')!.textContent).to.equal('em');
      const links = [...text.querySelectorAll('a')];
      expect(links.map((a) => a.href)).to.deep.equal(['https://example.org/x']);
      expect(links[0]!.rel).to.equal('noopener noreferrer');
      expect(text.textContent).to.contain('bad');
    });

    it('links the expert name to an http(s) profile and never to a script URL', async () => {
      const el = await fixture<ExpertAnswer>(html`<expert-answer
        .answer=${{ expert: { id: 'a', name: 'A', profileUrl: 'javascript:alert(1)' }, text: 'x' }}
      ></expert-answer>`);
      expect(el.shadowRoot!.querySelector('[part="expert-name"] a')).to.equal(null);
      el.answer = { expert: { id: 'a', name: 'A', profileUrl: 'https://example.org/a' }, text: 'x' };
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="expert-name"] a')!.href).to.equal('https://example.org/a');
    });
  });

  describe('from attributes and child text (a CMS snippet)', () => {
    it('shows the child text before the script defines the element, and slots it after', async () => {
      const container = await fixture<HTMLElement>(html`<div>
        <expert-answer-later expert-name="Dr Slot" expert-role="Embryologist"><p>Answer text in the page.</p></expert-answer-later>
      </div>`);
      // An undefined tag renders its children like any unknown element.
      expect(container.innerText).to.contain('Answer text in the page.');

      const el = await fixture<ExpertAnswer>(html`<expert-answer expert-name="Dr Slot" expert-role="Embryologist" question-title="Q?">
        <p>Answer text in the page.</p>
      </expert-answer>`);
      const slot = el.shadowRoot!.querySelector<HTMLSlotElement>('[part="text"] slot')!;
      expect(slot.assignedElements()[0]!.textContent).to.equal('Answer text in the page.');
      expect(el.shadowRoot!.querySelector('[part="expert-name"]')!.textContent!.trim()).to.equal('Dr Slot');
      expect(el.shadowRoot!.querySelector('[part="expert-role"]')!.textContent).to.equal('Embryologist');
      expect(el.innerText).to.contain('Answer text in the page.');
      await expect(el).to.be.accessible();
    });

    it('shows a video from video-id and ignores an invalid one with a warning', async () => {
      const warnings = captureWarnings();
      try {
        const el = await fixture<ExpertAnswer>(html`<expert-answer expert-name="Dr V" video-id="aBcDeFgHiJ0"></expert-answer>`);
        expect(el.shadowRoot!.querySelector('[part="video-facade"]')).to.exist;
        el.videoId = 'javascript:1';
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('[part="video"]')).to.equal(null);
        expect(warnings.ours).to.have.length(1);
        expect(warnings.ours[0]).to.contain('video-id');
      } finally {
        warnings.restore();
      }
    });
  });

  describe('video facade', () => {
    it('requests nothing from a third party before the reader presses play', async () => {
      const before = thirdPartyRequests().length;
      const el = await fixture<ExpertAnswer>(html`<expert-answer .answer=${withVideo} question-title="What is IVF?"></expert-answer>`);
      expect(el.shadowRoot!.querySelector('iframe')).to.equal(null);
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      expect(thirdPartyRequests().length).to.equal(before);
    });

    it('names the expert and the question in the play button', async () => {
      const el = await fixture<ExpertAnswer>(html`<expert-answer .answer=${withVideo} question-title="What is IVF?"></expert-answer>`);
      const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="video-facade"]')!;
      const spoken = [...button.querySelectorAll(':scope > :not([aria-hidden])')].map((node) => node.textContent).join('').replace(/\s+/g, ' ').trim();
      expect(spoken).to.equal('Play video: What is IVF?, by Dr Ada Example');
      const description = el.shadowRoot!.getElementById(button.getAttribute('aria-describedby')!)!;
      expect(description.textContent).to.contain('YouTube');
      await expect(el).to.be.accessible();
    });

    for (const key of ['Enter', ' ']) {
      it(`starts a youtube-nocookie player from the keyboard (${key === ' ' ? 'Space' : key}) and moves focus to it`, async () => {
        const el = await fixture<ExpertAnswer>(html`<expert-answer .answer=${withVideo} question-title="What is IVF?"></expert-answer>`);
        const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="video-facade"]')!;
        button.focus();
        const played = oneEvent(el, 'qa-video-play');
        await sendKeys({ press: key === ' ' ? 'Space' : key });
        const event = await played;
        expect(event.detail).to.deep.equal({ youtubeId: 'aBcDeFgHiJ0', expert: 'Dr Ada Example' });
        await el.updateComplete;
        const frame = el.shadowRoot!.querySelector('iframe')!;
        const url = new URL(frame.src);
        expect(url.hostname).to.equal('www.youtube-nocookie.com');
        expect(url.pathname).to.equal('/embed/aBcDeFgHiJ0');
        expect(frame.title).to.equal('Video answer from Dr Ada Example: What is IVF?');
        expect(el.shadowRoot!.activeElement).to.equal(frame);
        // The player replaces the facade; axe does not look inside the cross-origin frame.
        frame.src = 'about:blank';
        await expect(el).to.be.accessible();
      });
    }

    it('offers a plain "Watch on YouTube" link that opens in a new tab', async () => {
      const el = await fixture<ExpertAnswer>(html`<expert-answer .answer=${withVideo}></expert-answer>`);
      const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="video-link"]')!;
      expect(link.href).to.equal('https://www.youtube.com/watch?v=aBcDeFgHiJ0');
      expect(link.textContent).to.contain('Watch on YouTube').and.to.contain('opens in a new tab');
      expect(link.rel).to.equal('noopener noreferrer');
    });

    it('renders a video-only answer without a text block of feed text', async () => {
      const el = await fixture<ExpertAnswer>(html`<expert-answer
        .answer=${{ expert: { id: 'a', name: 'A' }, video: { youtubeId: 'zYxWvUtSr_-' } }}
      ></expert-answer>`);
      expect(el.shadowRoot!.querySelector('[part="video-facade"]')).to.exist;
      expect(el.shadowRoot!.querySelector('[part="text"]')!.textContent!.trim()).to.equal('');
      await expect(el).to.be.accessible();
    });
  });
});
