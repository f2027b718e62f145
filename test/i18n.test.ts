import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/define.js';
import { LocalizeController } from '../src/i18n/localize.js';
import type { FertilityQuestion } from '../src/fertility-question/fertility-question.js';
import { shadowMatch } from './helpers.js';

const FEED = '/test/fixtures/feed.json';
const meta = (el: Element) => el.shadowRoot!.querySelector('[part="meta"]')!.textContent!.replace(/\s+/g, ' ').trim();

/** A bare host, to ask a LocalizeController for messages in a language. */
async function localizer(lang: string) {
  const host = await fixture<HTMLElement & { updated?: unknown }>(html`<fertility-question lang=${lang}></fertility-question>`);
  const controller = new LocalizeController(host as never);
  controller.hostConnected();
  await waitUntil(() => controller.ready, `${lang} did not load`);
  return controller;
}

describe('languages', () => {
  it('uses the element’s own lang: Spanish words, plurals and dates', async () => {
    const el = await fixture<FertilityQuestion>(html`<fertility-question lang="es" src=${FEED} question="what-is-ivf"></fertility-question>`);
    await shadowMatch(el, 'h2');
    await el.updateComplete; // "About this answer" is filled by the after-paint chunk, which updateComplete waits for
    expect(meta(el)).to.equal('Han respondido 3 expertos · Revisado 15 sept 2026');
    expect(el.shadowRoot!.querySelector('[part="about"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Sobre esta respuesta Han respondido: Dr Test One, Test Two, Test Three Última revisión 15 de septiembre de 2026 Copiar enlace',
    );
    const answer = el.shadowRoot!.querySelectorAll('expert-answer')[1]!;
    await waitUntil(() => answer.shadowRoot?.querySelector('[part="video-facade"]'));
    // What a screen reader hears (the initials and the shown length are hidden from it).
    const facade = answer.shadowRoot!.querySelector('[part="video-facade"]')!;
    const spoken = [...facade.querySelectorAll(':scope > :not([aria-hidden])')].map((node) => node.textContent).join('').replace(/\s+/g, ' ').trim();
    expect(spoken).to.equal('Reproducir vídeo: IVF explained, de Test Two');
  });

  it('takes the nearest ancestor’s lang, and its dir: Arabic, right to left', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="ar" dir="rtl"><fertility-question src=${FEED} question="what-is-amh"></fertility-question></div>`);
    const el = wrapper.querySelector('fertility-question')!;
    const title = await shadowMatch(el, 'h2');
    expect(meta(el)).to.contain('أجاب خبير واحد');
    expect(getComputedStyle(title).direction).to.equal('rtl');
    await expect(wrapper).to.be.accessible();
  });

  it('has every Arabic plural form, chosen by Intl.PluralRules', async () => {
    const ar = await localizer('ar');
    expect([0, 1, 2, 3, 11, 100].map((count) => ar.t('expertsAnswered', { count }))).to.deep.equal([
      'لم يُجب أي خبير',
      'أجاب خبير واحد',
      'أجاب خبيران',
      'أجاب 3 خبراء',
      'أجاب 11 خبيرًا',
      'أجاب 100 خبير',
    ]);
  });

  it('French and German plurals', async () => {
    const fr = await localizer('fr-CA');
    const de = await localizer('de');
    expect([1, 2].map((count) => fr.t('expertsAnswered', { count }))).to.deep.equal(['1 expert a répondu', '2 experts ont répondu']);
    expect([1, 2].map((count) => de.t('expertsAnswered', { count }))).to.deep.equal(['1 Fachperson hat geantwortet', '2 Fachleute haben geantwortet']);
  });

  it('falls back to English for a language it does not ship', async () => {
    const el = await fixture<FertilityQuestion>(html`<fertility-question lang="ja" src=${FEED} question="what-is-amh"></fertility-question>`);
    await shadowMatch(el, 'h2');
    expect(meta(el)).to.contain('1 expert answered');
  });

  it('lets the page reword any message with the strings attribute (JSON, plurals too)', async () => {
    const strings = JSON.stringify({ expertsAnswered: { one: 'One specialist replied', other: '{count} specialists replied' }, retry: 'Reload' });
    const el = await fixture<FertilityQuestion>(html`<fertility-question strings=${strings} src=${FEED} question="what-is-ivf"></fertility-question>`);
    await shadowMatch(el, 'h2');
    expect(meta(el)).to.contain('3 specialists replied');
  });
});
