// node bench/relevance/measure.mjs [--per-set N] [--save NAME] [--against NAME]
//
// <qa-search>'s MRR@10 (and Success@1, whole-list precision) on every judged set, tuning and
// held-out halves side by side (bench/relevance/halves.mjs): the figure a ranking change is
// judged by; and on a demo feed's unanswered queries, the share told "no close match" (an
// empty list), with the answered queries wrongly emptied beside it.
// --save NAME keeps the figures in bench/.data/measure-NAME.json; --against NAME prints
// the difference to them, per set and half.
import { readFileSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { evaluate, listQuality } from './metrics.mjs';
import { halves } from './halves.mjs';
import { loadAdapter } from './load-adapter.mjs';
import { judgedFeeds } from './judged-feeds.mjs';

const root = new URL('../../', import.meta.url);
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const perSet = Number(option('--per-set', 300));
const saveAs = option('--save', '');
const against = option('--against', '');
const { createOurSearch } = await loadAdapter();

const figures = {};
const unanswered = {};
for (const { feed, sets, unanswered: none } of judgedFeeds(perSet)) {
  const search = await createOurSearch(feed);
  if (none?.queries.length) {
    const { tuning, heldOut } = halves(none.queries);
    const empty = (queries) => queries.filter(({ query }) => search(query).length === 0).length / (queries.length || 1);
    const answered = sets.flatMap((set) => set.queries);
    const emptied = answered.filter(({ query }) => search(query).length === 0).length;
    unanswered[none.name] = { tuning: { n: tuning.length, empty: empty(tuning) }, heldOut: { n: heldOut.length, empty: empty(heldOut) }, emptied, answered: answered.length };
  }
  for (const set of sets) {
    const { tuning, heldOut } = halves(set.queries);
    const score = (queries) => {
      const lists = queries.map(({ query }) => search(query));
      const { precision, recall, length } = listQuality(queries, lists);
      return { ...evaluate(queries, lists, 10), precision, recall, length };
    };
    figures[set.name] = { tuning: { n: tuning.length, ...score(tuning) }, heldOut: { n: heldOut.length, ...score(heldOut) } };
  }
}
const before = against ? JSON.parse(readFileSync(new URL(`bench/.data/measure-${against}.json`, root), 'utf8')) : undefined;
const diff = (now, then) => (then === undefined ? '' : ` (${now - then >= 0 ? '+' : ''}${(now - then).toFixed(3)})`);
for (const [name, { tuning, heldOut }] of Object.entries(figures).filter(([name]) => name !== "unanswered")) {
  const was = before?.[name];
  console.log(
    `${name.padEnd(40)} tuning n=${String(tuning.n).padStart(3)} MRR ${tuning.mrr.toFixed(3)}${diff(tuning.mrr, was?.tuning.mrr)} precision ${tuning.precision.toFixed(2)}${diff(tuning.precision, was?.tuning.precision)}  held-out n=${String(heldOut.n).padStart(3)} MRR ${heldOut.mrr.toFixed(3)}${diff(heldOut.mrr, was?.heldOut.mrr)} S@1 ${heldOut.success1.toFixed(2)} precision ${heldOut.precision.toFixed(2)}${diff(heldOut.precision, was?.heldOut.precision)} recall ${heldOut.recall.toFixed(2)}${diff(heldOut.recall, was?.heldOut.recall)} listed ${heldOut.length.toFixed(1)}`,
  );
}
for (const [name, { tuning, heldOut, emptied, answered }] of Object.entries(unanswered)) {
  const was = before?.unanswered?.[name];
  console.log(
    `${name.padEnd(40)} "no close match": tuning ${tuning.empty.toFixed(2)}${diff(tuning.empty, was?.tuning.empty)} of n=${tuning.n}, held-out ${heldOut.empty.toFixed(2)}${diff(heldOut.empty, was?.heldOut.empty)} of n=${heldOut.n}; answered queries emptied ${emptied}${was ? ` (was ${was.emptied})` : ''} of ${answered}`,
  );
}
figures.unanswered = unanswered;
if (saveAs) {
  mkdirSync(new URL('bench/.data/', root), { recursive: true });
  writeFileSync(new URL(`bench/.data/measure-${saveAs}.json`, root), JSON.stringify(figures, null, 1));
}
