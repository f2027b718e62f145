// Every judged feed with its sets, for measure.mjs and snapshot.mjs.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { medquadSets } from './medquad-sets.mjs';

const root = new URL('../../', import.meta.url);

/**
 * Every judged feed with its sets (the demo sets by kind; MedQuAD's generated ones), and for a demo
 * feed its unanswered queries (no question answers them: the right list is empty) as `unanswered`.
 */
export function judgedFeeds(perSetCount = 300) {
  const list = [];
  for (const file of ['demo-en.json', 'demo-es.json']) {
    const judged = JSON.parse(readFileSync(new URL(`sets/${file}`, import.meta.url), 'utf8'));
    const feed = JSON.parse(readFileSync(new URL(judged.feed, root), 'utf8'));
    const kinds = [...new Set(judged.queries.map((query) => query.kind))];
    list.push({
      feed,
      sets: kinds.map((kind) => ({ name: `Demo (${judged.language}): ${kind}`, queries: judged.queries.filter((q) => q.kind === kind) })),
      unanswered: { name: `Demo (${judged.language}): unanswered`, queries: (judged.unanswered ?? []).map((query) => ({ query, relevant: [] })) },
    });
  }
  if (perSetCount > 0) {
    const dir = new URL('../../../shared/data/medquad/', import.meta.url).pathname;
    const feed = JSON.parse(gunzipSync(readFileSync(`${dir}medquad-feed.json.gz`)));
    const annotations = JSON.parse(gunzipSync(readFileSync(`${dir}medquad-annotations.json.gz`)));
    list.push({ feed, sets: medquadSets(annotations).map((set) => ({ ...set, queries: set.queries.slice(0, perSetCount) })) });
  }
  return list;
}

