/**
 * A synthetic feed of `count` questions for benchmarks and scale tests:
 * deterministic (seeded), with fertility words mixed into a large made-up
 * vocabulary so that the index sees realistic numbers of distinct words.
 * Not content: nothing here is shown to readers.
 */
const REAL_WORDS = `fertility ivf iui embryo egg sperm ovary ovarian uterus womb cycle hormone amh fsh lh
oestrogen progesterone scan ultrasound clinic consultant nurse counsellor embryologist treatment test
result miscarriage pregnancy loss support stress sleep weight diet alcohol smoking exercise age partner
donor surrogacy freezing frozen transfer implantation lining endometriosis pcos polycystic fibroids tubes
blocked semen analysis motility morphology count icsi laboratory incubator blastocyst genetic screening
cells natural killer immune thyroid vitamin folic acid injection medication stimulation collection sedation
anxiety grief counselling waiting appointment referral guideline evidence research option choice cost
funding question answer period ovulation tracking fertile window timing conception trying months year`
  .split(/\s+/)
  .filter(Boolean);
const GLUE = 'what when why how can does is are the a of to and in for with after before during about your my'.split(' ');
const SYLLABLES = 'ba be bi bo bu da de di do du ka ke ki ko ku la le li lo lu ma me mi mo mu na ne ni no nu ra re ri ro ru sa se si so su ta te ti to tu va ve vi vo vu'.split(' ');

/** A small seeded generator (LCG), so every run makes the same feed. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/**
 * @param {number} count how many questions
 * @param {number} [seed]
 * @returns {import('../src/feed/types.js').FeedDocument}
 */
export function generateFeed(count, seed = 42) {
  const next = random(seed);
  /** @type {<T>(list: readonly T[]) => T} */
  const pick = (list) => list[Math.floor(next() * list.length)];
  const madeUp = Array.from({ length: 6000 }, () => pick(SYLLABLES) + pick(SYLLABLES) + pick(SYLLABLES) + (next() < 0.5 ? pick(SYLLABLES) : ''));
  const word = () => (next() < 0.35 ? pick(REAL_WORDS) : next() < 0.5 ? pick(GLUE) : pick(madeUp));
  const sentence = (/** @type {number} */ length) => Array.from({ length }, word).join(' ');
  const categories = Array.from({ length: 12 }, (_, i) => ({ id: `category-${i + 1}`, name: `Category ${i + 1}` }));
  const experts = Array.from({ length: 40 }, (_, i) => ({
    id: `expert-${i + 1}`,
    name: `Expert ${pick(madeUp)} ${pick(madeUp)}`,
    role: 'Consultant',
  }));
  const questions = Array.from({ length: count }, (_, i) => ({
    id: `question-${i + 1}`,
    title: `${pick(GLUE)} ${sentence(6)} ${pick(REAL_WORDS)}?`,
    category: pick(categories).id,
    summary: sentence(18),
    tags: [pick(REAL_WORDS), pick(REAL_WORDS), pick(madeUp)],
    answers: Array.from({ length: 2 + Math.floor(next() * 2) }, (_, a) => ({
      expert: experts[(i + a * 7) % experts.length].id,
      text: `${sentence(60)}.\n\n${sentence(60)}.`,
    })),
  }));
  return { version: 1, title: `Synthetic feed of ${count} questions (benchmark data)`, categories, experts, questions };
}

/**
 * A feed of about `megabytes` MB whose words are nearly all distinct (random
 * letters), for the search index's worst case: a vocabulary of millions of
 * words to index by trigram and sort. Half the text is in questions with one
 * 20,000-character answer each, half in one question with many such answers.
 * Deterministic (seeded). Not content.
 * @param {number} megabytes
 * @param {number} [seed]
 * @returns {import('../src/feed/types.js').FeedDocument}
 */
export function generateWideFeed(megabytes, seed = 7) {
  const next = random(seed);
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const word = () => {
    let result = '';
    for (let i = 0, length = 5 + Math.floor(next() * 6); i < length; i++) result += letters[Math.floor(next() * 26)];
    return result;
  };
  const text = (/** @type {number} */ chars) => {
    const words = [];
    for (let length = 0; length < chars; length += words[words.length - 1].length + 1) words.push(word());
    return words.join(' ');
  };
  const ANSWER = 20_000;
  const answers = Math.max(1, Math.round((megabytes * 1e6) / 2 / ANSWER));
  const single = (/** @type {number} */ i) => ({ id: `wide-${i}`, title: text(60), category: 'wide', answers: [{ expert: 'e', text: text(ANSWER) }] });
  const questions = Array.from({ length: answers }, (_, i) => single(i));
  questions.push({
    id: 'many-answers',
    title: text(60),
    category: 'wide',
    answers: Array.from({ length: answers }, () => ({ expert: 'e', text: text(ANSWER) })),
  });
  return { version: 1, experts: [{ id: 'e', name: 'Expert' }], questions };
}
