import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/define.js';
import type { AnswerData, ExpertAnswer } from '../src/expert-answer/expert-answer.js';
import { validateFeed } from '../src/feed/validate.js';
import { imageHostProblem, normalHost } from '../src/feed/image-host.js';

/**
 * Issue 26, hole 6: images from a feed load before the reader acts, so none may
 * come from YouTube's or Google's hosts, however the host is spelled. One host
 * check (src/feed/image-host.ts) on the host as the browser parses it, for every
 * image field (`video.poster`, `photoUrl`), in validation and in `<expert-answer>`.
 */

/** One video host, spelled every way a URL parser or DNS reads as that host. */
const VIDEO_HOST_SPELLINGS = [
  'https://i.ytimg.com./vi/aBcDeFgHiJ0/hqdefault.jpg', // the issue's: a trailing dot
  'https://i.ytimg.com../x.jpg',
  'https://I.YTIMG.COM/x.jpg',
  'https://user:pass@i.ytimg.com:8443/x.jpg',
  'https://clinic.example@i.ytimg.com./x.jpg',
  'https://ｉ.ｙｔｉｍｇ.ｃｏｍ/x.jpg', // full-width letters (IDN mapping)
  'https://i.ytimg。com/x.jpg', // an ideographic full stop
  'https://i.ytimg%2Ecom/x.jpg',
  'https://you\u00ADtube.com/x.jpg', // a soft hyphen, removed by IDN mapping
  'http://img.youtube.com/vi/x/0.jpg',
  'https://yt3.ggpht.com/photo=s88',
  'https://lh3.googleusercontent.com./a/photo',
  'https://www.youtube-nocookie.com/x.jpg',
  'https://youtu.be/x.jpg',
  'https://lh3.google.com/u/0/photo',
  'https://fonts.gstatic.com./x.png',
  'https://storage.googleapis.com/b/x.jpg',
];
/** Hosts that only look like one. */
const OTHER_HOSTS = ['https://clinic.example/i.ytimg.com/x.jpg', 'https://notyoutube.com/x.jpg', 'https://ytimg.com.clinic.example/x.jpg', 'https://clinic.example/?u=https://i.ytimg.com/'];

function feedWith(image: string) {
  return {
    version: 1,
    experts: [{ id: 'dr-a', name: 'Dr A', photoUrl: image }],
    questions: [{ id: 'q', title: 'Q', category: 'C', answers: [{ expert: 'dr-a', text: 'T', video: { youtubeId: 'aBcDeFgHiJ0', poster: image } }] }],
  };
}

/** Third-party resources this page requested since `since` (Resource Timing: failed requests count too). */
const thirdParty = (since: number) =>
  performance
    .getEntriesByType('resource')
    .slice(since)
    .map((entry) => entry.name)
    .filter((name) => new URL(name).origin !== location.origin);

describe('hole 6: no image from a video host before the reader acts', () => {
  it('the host check reads the parsed host: every spelling of a video host is one', () => {
    for (const url of VIDEO_HOST_SPELLINGS) expect(normalHost(url), url).to.match(/(^|\.)(ytimg|youtube|youtube-nocookie|ggpht|googleusercontent|google|gstatic|googleapis)\.com$|^youtu\.be$/);
  });

  it('refuses a host of 99,000 dots (no DNS could resolve it), read without a backtracking expression', () => {
    // /\.+$/ on this host re-read the rest from each dot: 3.1 s a field, on every render. Now one backward pass.
    const dots = `https://a${'.'.repeat(99_000)}b/x.jpg`;
    const problem = imageHostProblem(dots);
    expect(problem).to.equal('no-host');
    expect(normalHost(`https://clinic.example${'.'.repeat(99_000)}/x.jpg`), '99,000 trailing dots').to.equal('clinic.example');
    expect(imageHostProblem('https://clinic.example./photo.jpg')).to.equal(undefined);
  });

  it('validation refuses a poster or a photo on a video host, however spelled, with one warning naming the field and the question or expert', () => {
    for (const image of VIDEO_HOST_SPELLINGS) {
      const { feed, problems } = validateFeed(feedWith(image));
      expect(
        problems.map(({ field, questionId, expertId }) => ({ field, questionId, expertId })),
        image,
      ).to.deep.equal([
        { field: 'experts[0].photoUrl', questionId: undefined, expertId: 'dr-a' },
        { field: 'questions[0].answers[0].video.poster', questionId: 'q', expertId: undefined },
      ]);
      for (const problem of problems) expect(problem.message).to.match(/^is on a YouTube or Google host/);
      expect(feed.experts.get('dr-a')!.photoUrl, image).to.equal(undefined);
      expect(feed.questions[0]!.answers[0]!.video!.poster, image).to.equal(undefined);
    }
    for (const image of OTHER_HOSTS) {
      const { feed, problems } = validateFeed(feedWith(image));
      expect(problems, image).to.deep.equal([]);
      expect(feed.experts.get('dr-a')!.photoUrl).to.equal(image);
      expect(feed.questions[0]!.answers[0]!.video!.poster).to.equal(new URL(image).href);
    }
  });

  for (const consent of ['required', 'not asked'] as const) {
    it(`<expert-answer> given an unvalidated answer requests nothing from a video host before play (consent ${consent})`, async () => {
      const since = performance.getEntriesByType('resource').length;
      // The page's own photo: proof that this test sees the image requests the answers make.
      const ownPhoto = `${location.origin}/demo/poster-embryology-lab.svg?hole6=${Date.now()}-${consent.length}`;
      const answers: AnswerData[] = [
        ...VIDEO_HOST_SPELLINGS.map((image) => ({ expert: { id: 'a', name: 'Dr A', photoUrl: image }, text: 'T', video: { youtubeId: 'aBcDeFgHiJ0', poster: image } })),
        { expert: { id: 'b', name: 'Dr B', photoUrl: ownPhoto }, text: 'T' },
      ];
      const wrapper = await fixture<HTMLElement>(html`<div video-consent=${consent === 'required' ? 'required' : ''}>
        ${answers.map((answer) => html`<expert-answer .answer=${answer}></expert-answer>`)}
      </div>`);
      const elements = [...wrapper.querySelectorAll<ExpertAnswer>('expert-answer')];
      await Promise.all(elements.map((element) => element.updateComplete));
      // Every image the answers show has been fetched (or has failed): the requests they cause are made.
      const images = elements.flatMap((element) => [...element.shadowRoot!.querySelectorAll('img')]);
      for (const image of images) {
        image.scrollIntoView(); // lazy: in view, it loads
        await waitUntil(() => image.complete, `${image.src} still loading`, { timeout: 5000 });
      }
      await waitUntil(() => performance.getEntriesByType('resource').some((entry) => entry.name === ownPhoto), 'the own photo was not requested');
      expect(thirdParty(since)).to.deep.equal([]);
      expect(images.map((image) => new URL(image.src).origin)).to.deep.equal([location.origin]);
    });
  }

  it('while the page waits for consent, an expert photo from another site waits too, then shows', async () => {
    const other = new URL(`/demo/poster-embryology-lab.svg?consent=${Date.now()}`, location.href);
    other.hostname = location.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
    const answer: AnswerData = { expert: { id: 'a', name: 'Dr Ada Example', photoUrl: other.href }, text: 'T' };
    const wrapper = await fixture<HTMLElement>(html`<div video-consent="required"><expert-answer .answer=${answer}></expert-answer></div>`);
    const element = wrapper.querySelector<ExpertAnswer>('expert-answer')!;
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('img'), 'a third-party photo before consent').to.equal(null);
    document.dispatchEvent(new CustomEvent('fertility-qa-video-consent', { detail: { granted: true } }));
    try {
      await element.updateComplete;
      expect(element.shadowRoot!.querySelector('img')?.src).to.equal(other.href);
    } finally {
      document.dispatchEvent(new CustomEvent('fertility-qa-video-consent', { detail: { granted: false } }));
    }
  });
});
