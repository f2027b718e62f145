// Each ranking mechanism of src/search/ranking.ts (and the analysis it reads), on a
// tiny synthetic feed made for it: what the mechanism does, in a case where without
// it the outcome differs. docs/architecture.md lists the same mechanisms, in order.
import { expect } from '@open-wc/testing';
import { validateFeed } from '../../src/feed/validate.js';
import { SearchIndex } from '../../src/search/search-index.js';

type Q = { id: string; title: string; text?: string; tags?: string[]; urgent?: string };

/** An index of questions made up for one test (every answer by the same expert, one category). */
async function indexOf(questions: Q[], extra: Record<string, unknown> = {}) {
  const { feed } = validateFeed({
    version: 1,
    language: 'en',
    experts: [{ id: 'e', name: 'Dr Example' }],
    ...extra,
    questions: questions.map(({ id, title, text, tags, urgent }) => ({
      id,
      title,
      category: 'c',
      ...(tags && { tags }),
      ...(urgent && { urgent }),
      answers: [{ expert: 'e', text: text ?? 'An answer.' }],
    })),
  });
  const index = await SearchIndex.build(feed);
  return (query: string) => index.searchNow(query, { limit: 100 }).results.map((result) => result.question.id);
}

/** Filler questions that hold none of a test's words, so that rarity means something. */
const filler = (n: number, text = 'Plain words about nothing much.') => Array.from({ length: n }, (_, i) => ({ id: `f${i}`, title: `Filler ${i}`, text }));

describe('ranking mechanisms, each on a tiny feed', () => {
  it('1. BM25F: a word in the title weighs more than the same word in the answer text', async () => {
    const ids = await indexOf([{ id: 'text', title: 'Something else', text: 'Ovulation is mentioned here.' }, { id: 'title', title: 'Ovulation' }, ...filler(4)]);
    expect(ids('ovulation')).to.deep.equal(['title', 'text']);
  });

  it('1. BM25F: a rare concept outweighs a common one', async () => {
    const ids = await indexOf([
      { id: 'common', title: 'Tests', text: 'blood tests' },
      { id: 'rare', title: 'Karyotype', text: 'a karyotype' },
      ...Array.from({ length: 6 }, (_, i) => ({ id: `t${i}`, title: `Other ${i}`, text: 'more blood tests' })),
    ]);
    expect(ids('blood karyotype')[0]).to.equal('rare');
  });

  it('2. the title on its own: a question whose title holds the word ranks above one whose tags and answer repeat it', async () => {
    // By BM25F alone the tagged, repeating question leads (its long-titled rival is length-normalised).
    const ids = await indexOf([
      { id: 'mention', title: 'Living with it', tags: ['symptoms'], text: 'Symptoms, symptoms and more symptoms: symptoms vary.' },
      { id: 'titled', title: 'Which symptoms do people usually notice first of all', text: 'They vary from person to person, and a doctor can help with them over time.' },
      ...filler(6),
    ]);
    expect(ids('symptoms')).to.deep.equal(['titled', 'mention']);
  });

  it('2. the title on its own: a title counts a concept once, however many of its forms it holds', async () => {
    // Both titles are three content words long; "in vitro fertilisation" and "IVF" name one concept, so the second is
    // "What is X?", and comes first although the other's answer says "IVF" twice.
    const ids = await indexOf(
      [
        { id: 'limit', title: 'Is there an age limit for IVF?', text: 'IVF is a treatment. Clinics offer IVF.' },
        { id: 'what', title: 'What is in vitro fertilisation (IVF)?', text: 'IVF is a treatment.' },
        ...filler(6),
      ],
      { synonyms: [['IVF', 'in vitro fertilisation']] },
    );
    expect(ids('ivf')[0]).to.equal('what');
  });

  it('3. title coverage: a title holding more of the query\'s concepts ranks above a shorter one holding fewer', async () => {
    // Without coverage the short title, tagged with both words and repeating them, leads; "inherited" is in many titles.
    const ids = await indexOf([
      {
        id: 'short',
        title: 'What is adenomyosis?',
        tags: ['adenomyosis', 'inherited'],
        text: 'Adenomyosis is a condition of the womb. Adenomyosis may be inherited: an inherited risk runs in some families.',
      },
      { id: 'covers', title: 'Is adenomyosis something that is inherited in the family line?', text: 'Sometimes, and research goes on.' },
      ...Array.from({ length: 6 }, (_, i) => ({ id: `i${i}`, title: `Inherited condition ${i}`, text: 'Plain words.' })),
    ]);
    expect(ids('adenomyosis inherited')[0]).to.equal('covers');
  });

  it('4. no close match: a best match holding only words most questions hold, and half the query or fewer, is none', async () => {
    const common = Array.from({ length: 6 }, (_, i) => ({ id: `c${i}`, title: `Fertility question ${i}`, text: 'About fertility.' }));
    const ids = await indexOf([...common, ...filler(3)]);
    expect(ids('fertility xylophone')).to.deep.equal([]);
    expect(ids('fertility').length, 'the common word alone still lists').to.equal(6);
  });

  it('4. no close match: no title holding any concept, and no question holding much of the query\'s weight, is none', async () => {
    const ids = await indexOf([
      {
        id: 'passing',
        title: 'Clinic opening times',
        text: 'The clinic is open on weekdays from eight until six, and on Saturday mornings. Phone ahead if you are pregnant and need a scan at another time, or if you need to change an appointment.',
      },
      { id: 'long', title: 'A long answer', text: `${'Many plain words go on here. '.repeat(200)}A karyotype is one test.` },
      ...filler(7, 'Other words about nothing much.'),
    ]);
    expect(ids('is it safe to dye my hair when pregnant'), 'one word in passing, the topic nowhere').to.deep.equal([]);
    expect(ids('pregnant'), 'the same word alone is the whole query').to.deep.equal(['passing']);
    expect(ids('clinic hair dye'), 'a title holds one of the words').to.deep.equal(['passing']);
    expect(ids('karyotype'), 'what a question holds counts, not how often: a long answer is no weaker').to.deep.equal(['long']);
  });

  it('5. corrections confirm: a question holding only a typing error\'s neighbour is no match beside one holding a word as typed', async () => {
    // "pain" is no word of this feed: as a typing error it reads "main" (one letter away), which the other question holds.
    const ids = await indexOf([
      { id: 'endometriosis', title: 'When to ask for help', text: 'Endometriosis is one reason to ask sooner: endometriosis can be treated.' },
      { id: 'main', title: 'Another question', text: 'The main thing is to rest.' },
      ...filler(6, 'Other words about nothing much.'),
    ]);
    expect(ids('endometriosis pain')).to.deep.equal(['endometriosis']);
    expect(ids('pain'), 'a correction alone still matches').to.deep.equal(['main']);
  });

  it('6. the key concept: when the best title holds the weightiest concept, a question without it needs another concept in its title', async () => {
    const ids = await indexOf([
      { id: 'stress', title: 'Does stress matter?', text: 'Stress and getting pregnant: stress is rarely why.' },
      { id: 'passing', title: 'When to see someone', text: 'If you stop getting pregnant, or getting pregnant stops, ask.' },
      ...filler(6),
    ]);
    expect(ids('can stress stop getting pregnant')).to.deep.equal(['stress']);
  });

  it('7. the whole query: when the best title holds every concept, a title holding none is no match', async () => {
    const ids = await indexOf([
      { id: 'whole', title: 'Age limit for embryo transfer', text: 'Clinics set an age limit.' },
      { id: 'passing', title: 'Freezing', text: 'Age matters; an embryo transfer comes later.' },
      ...filler(6),
    ]);
    expect(ids('embryo transfer age')).to.deep.equal(['whole']);
  });

  it('8. the relative floor: a question far under the best match\'s evidence is not listed', async () => {
    const ids = await indexOf([
      { id: 'best', title: 'Hysteroscopy and laparoscopy', text: 'Hysteroscopy, laparoscopy, recovery.' },
      { id: 'weak', title: 'Recovery', text: 'Recovery takes time.' },
      ...filler(6),
    ]);
    expect(ids('hysteroscopy laparoscopy recovery')).to.deep.equal(['best']);
  });

  it('9. the exact form: of near ties, the title holding the word as typed comes first', async () => {
    const ids = await indexOf([{ id: 'plural', title: 'Clinics near me' }, { id: 'singular', title: 'Clinic near me' }, ...filler(4)]);
    expect(ids('clinic')[0]).to.equal('singular');
    expect(ids('clinics')[0]).to.equal('plural');
  });

  it('analysis: relatives (stems one last letter apart) and typing errors match', async () => {
    const ids = await indexOf([{ id: 'diagnosis', title: 'Diagnosis of PCOS' }, { id: 'miscarriage', title: 'Miscarriage' }, ...filler(4)]);
    expect(ids('diagnose')).to.deep.equal(['diagnosis']);
    expect(ids('miscariage')).to.deep.equal(['miscarriage']);
  });

  it('analysis: urgent-care text ranks no question', async () => {
    const urgent = 'If you have severe pain or heavy bleeding, get urgent medical help.';
    const ids = await indexOf([
      { id: 'loss', title: 'Pregnancy loss', text: `Loss is common. If you have severe pain or heavy bleeding, get urgent medical help.`, urgent },
      { id: 'pain', title: 'Period pain', text: 'Pain with periods can be treated.' },
      ...filler(4),
    ]);
    expect(ids('severe pain')).to.deep.equal(['pain']);
    expect(ids('loss')).to.deep.equal(['loss']);
  });
});
