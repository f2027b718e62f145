// node bench/relevance/measure.mjs [--per-set N] [--save NAME] [--against NAME]
//
// <qa-search>'s MRR@10 (and Success@1) on every judged set, tuning and held-out halves
// side by side (bench/relevance/halves.mjs): the figure a ranking change is judged by.
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
for (const { feed, sets } of judgedFeeds(perSet)) {
  const search = await createOurSearch(feed);
  for (const set of sets) {
    const { tuning, heldOut } = halves(set.queries);
    const score = (queries) => {
      const lists = queries.map(({ query }) => search(query));
      const { precision, length } = listQuality(queries, lists);
      return { ...evaluate(queries, lists, 10), precision, length };
    };
    figures[set.name] = { tuning: { n: tuning.length, ...score(tuning) }, heldOut: { n: heldOut.length, ...score(heldOut) } };
  }
}
const before = against ? JSON.parse(readFileSync(new URL(`bench/.data/measure-${against}.json`, root), 'utf8')) : undefined;
const diff = (now, then) => (then === undefined ? '' : ` (${now - then >= 0 ? '+' : ''}${(now - then).toFixed(3)})`);
for (const [name, { tuning, heldOut }] of Object.entries(figures)) {
  const was = before?.[name];
  console.log(
    `${name.padEnd(40)} tuning n=${String(tuning.n).padStart(3)} MRR ${tuning.mrr.toFixed(3)}${diff(tuning.mrr, was?.tuning.mrr)}  held-out n=${String(heldOut.n).padStart(3)} MRR ${heldOut.mrr.toFixed(3)}${diff(heldOut.mrr, was?.heldOut.mrr)} S@1 ${heldOut.success1.toFixed(2)} precision ${heldOut.precision.toFixed(2)}${diff(heldOut.precision, was?.heldOut.precision)} listed ${heldOut.length.toFixed(1)}`,
  );
}
if (saveAs) {
  mkdirSync(new URL('bench/.data/', root), { recursive: true });
  writeFileSync(new URL(`bench/.data/measure-${saveAs}.json`, root), JSON.stringify(figures, null, 1));
}
