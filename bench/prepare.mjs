// Writes the benchmark's feeds into bench/.data/ (not committed): a single-file
// feed and a split feed (made by the package's own CLI, with its sharded search
// index) of 100, 1,000 and 10,000 generated questions, and of the MedQuAD feed
// (16,423 questions, ../shared/data/medquad/ beside the repository, CC BY 4.0: Ben Abacha &
// Demner-Fushman, BMC Bioinformatics 2019) where that folder is present; and,
// for the scale benchmark, a Pagefind index of the same records (its Node API,
// the same text our index reads: title, tags, summary, experts, answers).
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { generateFeed } from './generate-feed.mjs';
import { medquadSets } from './relevance/medquad-sets.mjs';

const data = new URL('./.data/', import.meta.url);
const MEDQUAD = new URL('../../shared/data/medquad/medquad-feed.json.gz', import.meta.url).pathname;
mkdirSync(data, { recursive: true });

const feeds = [100, 1_000, 10_000].map((size) => ({ name: String(size), feed: generateFeed(size) }));
if (existsSync(MEDQUAD)) {
  feeds.push({ name: 'medquad', feed: JSON.parse(gunzipSync(readFileSync(MEDQUAD))) });
  // The relevance sets (bench/relevance/medquad-sets.mjs), 100 queries each, for Pagefind against ours.
  const annotations = JSON.parse(gunzipSync(readFileSync(MEDQUAD.replace('feed', 'annotations'))));
  const sets = medquadSets(annotations).map(({ name, queries }) => ({ name, queries: queries.slice(0, 100) }));
  writeFileSync(new URL('medquad-queries.json', data), JSON.stringify(sets));
}

/** The plain text of an answer (the feed's light markup removed), as Pagefind would index a page. */
const plain = (text = '') => text.replace(/<[^>]*>/g, ' ');

for (const { name, feed } of feeds) {
  const file = new URL(`feed-${name}.json`, data);
  writeFileSync(file, JSON.stringify(feed));
  const split = new URL(`split-${name}`, data).pathname;
  rmSync(split, { recursive: true, force: true });
  execFileSync(process.execPath, [new URL('../bin/fertility-qa.mjs', import.meta.url).pathname, 'split', file.pathname, '--out', split], { stdio: 'ignore' });
  if (name === 'medquad') {
    // For bench/split-page.bench.ts: the split as written before partial indexes (index.json lists every question),
    // and, per run, a path of its own to each split (a symbolic link), so a page never reuses what an earlier run loaded.
    const whole = new URL('split-medquad-whole', data).pathname;
    rmSync(whole, { recursive: true, force: true });
    execFileSync(process.execPath, [new URL('../bin/fertility-qa.mjs', import.meta.url).pathname, 'split', file.pathname, '--out', whole, '--index-questions', String(feed.questions.length)], { stdio: 'ignore' });
    for (let run = 0; run < 3; run++) {
      for (const [target, link] of [[split, `page-partial-${run}`], [whole, `page-whole-${run}`]]) {
        rmSync(new URL(link, data), { force: true });
        symlinkSync(target, new URL(link, data));
      }
    }
  }
  if (name === '100') continue;

  // Pagefind on the same records, for the scale benchmark's anchor.
  const experts = new Map(feed.experts.map((expert) => [expert.id, expert.name]));
  const { index, errors } = await pagefind.createIndex({ forceLanguage: feed.language ?? 'en' });
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  for (const question of feed.questions) {
    const content = [
      question.title,
      ...(question.tags ?? []),
      question.summary ?? '',
      ...question.answers.map((answer) => experts.get(answer.expert) ?? ''),
      ...question.answers.map((answer) => plain(answer.text)),
    ].join('\n');
    const added = await index.addCustomRecord({ url: `/q/${question.id}`, content, language: feed.language ?? 'en', meta: { title: question.title } });
    if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
  }
  const out = new URL(`pagefind-${name}`, data).pathname;
  rmSync(out, { recursive: true, force: true });
  const written = await index.writeFiles({ outputPath: out });
  if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
}
await pagefind.close();
console.log(`bench/.data: feeds of ${feeds.map(({ feed }) => feed.questions.length.toLocaleString('en')).join(', ')} questions: single-file, split (with search shards) and Pagefind.`);
