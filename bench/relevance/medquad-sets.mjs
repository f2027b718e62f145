// Query sets with known answers, generated from the MedQuAD annotations
// (/work/shared/data/medquad/, CC BY 4.0: Ben Abacha & Demner-Fushman, BMC
// Bioinformatics 2019). Deterministic: the same seed gives the same queries.
//
// A query is about one (focus, question type); its right answers are every
// MedQuAD question with that focus (case-folded) and that type: the collection
// answers some conditions in more than one source.

/** A small seeded generator (mulberry32), so sets are the same on every machine. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled(items, next) {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

/** The word a person adds to a condition's name to ask about this question type. */
const TYPE_WORDS = {
  information: '',
  symptoms: 'symptoms',
  'exams and tests': 'diagnosis',
  outlook: 'outlook',
  susceptibility: 'risk',
  stages: 'stages',
  treatment: 'treatment',
  research: 'research',
  'genetic changes': 'genetic changes',
  prevention: 'prevention',
  causes: 'causes',
  inheritance: 'inherited',
  frequency: 'how common',
  considerations: 'considerations',
  complications: 'complications',
};

/** Sentences as patients type them, per question type; `{x}` is the condition. */
const SENTENCES = {
  information: ['what is {x}', 'i was told i have {x}, what is it exactly'],
  symptoms: ['what are the signs of {x}', 'how do i know if i have {x}'],
  'exams and tests': ['how do doctors test for {x}', 'how is {x} diagnosed'],
  outlook: ['will i get better from {x}', 'what is the outlook for someone with {x}'],
  susceptibility: ['who is at risk of getting {x}', 'am i likely to get {x}'],
  stages: ['what are the stages of {x}'],
  treatment: ['what are the treatments for {x}?', 'how do you treat {x}', 'is there a cure for {x}'],
  research: ['is there any research being done on {x}'],
  'genetic changes': ['which gene changes cause {x}'],
  prevention: ['can {x} be prevented', 'how can i avoid getting {x}'],
  causes: ['my doctor said i have {x}, what causes it', 'why do people get {x}'],
  inheritance: ['can my children inherit {x} from me', 'is {x} passed down in families'],
  frequency: ['how many people have {x}', 'is {x} rare'],
  considerations: ['what should i know about living with {x}'],
  complications: ['what complications can {x} cause'],
};

const KEYBOARD_NEIGHBOURS = {
  q: 'wa', w: 'qes', e: 'wrd', r: 'etf', t: 'ryg', y: 'tuh', u: 'yij', i: 'uok', o: 'ipl', p: 'ol',
  a: 'qsz', s: 'adw', d: 'sfe', f: 'dgr', g: 'fht', h: 'gjy', j: 'hku', k: 'jli', l: 'ko',
  z: 'xa', x: 'zcs', c: 'xvd', v: 'cbf', b: 'vng', n: 'bmh', m: 'nj',
};

/**
 * One typo in a word of 4 letters or more (shorter words are left alone): a
 * letter dropped, doubled, swapped with the next, or replaced by a keyboard
 * neighbour, never the first letter.
 */
export function typo(word, next) {
  if (word.length < 4 || !/^[a-z]+$/.test(word)) return word;
  const at = 1 + Math.floor(next() * (word.length - 1));
  switch (Math.floor(next() * 4)) {
    case 0:
      return word.slice(0, at) + word.slice(at + 1);
    case 1:
      return word.slice(0, at) + word[at] + word.slice(at);
    case 2:
      return at < word.length - 1 ? word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2) : word.slice(0, at);
    default: {
      const near = KEYBOARD_NEIGHBOURS[word[at]] ?? 'e';
      return word.slice(0, at) + near[Math.floor(next() * near.length)] + word.slice(at + 1);
    }
  }
}

const clean = (text) => text.toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * Query sets from the annotations: `{ name, description, queries: [{ query, relevant }] }`.
 * `perSet` queries each, drawn from the (focus, type) pairs in seeded order.
 */
export function medquadSets(annotations, { perSet = 300, seed = 14 } = {}) {
  const groups = new Map();
  for (const document of annotations) {
    for (const pair of document.pairs) {
      const key = `${clean(document.focus)}|${pair.qtype}`;
      let group = groups.get(key);
      if (!group) groups.set(key, (group = { focus: document.focus, qtype: pair.qtype, synonyms: new Set(), relevant: [] }));
      group.relevant.push(pair.id);
      for (const synonym of document.synonyms ?? []) {
        // A synonym that is just the focus again is not another name.
        if (clean(synonym) !== clean(document.focus)) group.synonyms.add(synonym);
      }
    }
  }
  const all = [...groups.values()].filter((group) => group.qtype in TYPE_WORDS && clean(group.focus));
  const next = random(seed);
  const order = shuffled(all, next);
  const withSynonym = order.filter((group) => group.synonyms.size > 0);
  const keyTerms = (name, qtype) => clean(`${name} ${TYPE_WORDS[qtype]}`);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const make = (groups, query) => groups.slice(0, perSet).map((group) => ({ query: query(group), relevant: group.relevant }));
  return [
    {
      name: 'MedQuAD: key terms',
      description: 'the condition (MedQuAD focus) and a word for the question type, e.g. "glaucoma treatment"',
      queries: make(order, (group) => keyTerms(group.focus, group.qtype)),
    },
    {
      name: 'MedQuAD: another name + type word',
      description: 'a synonym of the condition from the annotations (not in the feed) and the type word',
      queries: make(withSynonym, (group) => keyTerms(pick([...group.synonyms]), group.qtype)),
    },
    {
      name: 'MedQuAD: key terms, one typo a word',
      description: 'the key-terms queries with one seeded typo in every word of 4 letters or more',
      queries: make(order.slice(perSet), (group) => keyTerms(group.focus, group.qtype).split(' ').map((word) => typo(word, next)).join(' ')),
    },
    {
      name: 'MedQuAD: patient sentences',
      description: 'templated sentences with filler words ("my doctor said i have …, what causes it"), naming the condition by its focus or a synonym',
      queries: make(order.slice(2 * perSet), (group) => {
        const names = [group.focus, ...group.synonyms];
        return clean(pick(SENTENCES[group.qtype]).replace('{x}', pick(names)));
      }),
    },
  ];
}
