// Issue 17: the framework typings' events (ElementEvents in src/frameworks/element-props.ts,
// read by the React, Preact and Vue typings) must say what custom-elements.json says,
// which the build generates from each element's `@fires {Type} name` JSDoc.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const root = new URL('../../', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('custom-elements.json', root), 'utf8'));
const typings = readFileSync(new URL('src/frameworks/element-props.ts', root), 'utf8');

/** Tag → { event name → event type } from the manifest. */
function manifestEvents() {
  const byTag = {};
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.customElement) continue;
      byTag[declaration.tagName] = Object.fromEntries((declaration.events ?? []).map((event) => [event.name, event.type?.text]));
    }
  }
  return byTag;
}

/** Tag → { event name → event type } from `interface ElementEvents { 'tag': { 'name': Type; … }; … }`. */
function typedEvents() {
  const body = typings.match(/export interface ElementEvents \{([\s\S]*?)\n\}/)?.[1];
  assert.ok(body, 'no ElementEvents interface in src/frameworks/element-props.ts');
  const byTag = {};
  for (const [, tag, events] of body.matchAll(/^\s*'([a-z-]+)': \{(.*)\};$/gm)) {
    byTag[tag] = Object.fromEntries([...events.matchAll(/'([a-z-]+)': (\w+)/g)].map(([, name, type]) => [name, type]));
  }
  return byTag;
}

test('every documented event names its type (@fires {Type} name)', () => {
  for (const [tag, events] of Object.entries(manifestEvents())) {
    for (const [name, type] of Object.entries(events)) assert.ok(type, `<${tag}> ${name}: no type in its @fires line`);
  }
});

test('ElementEvents lists, per element, exactly the events and types of custom-elements.json', () => {
  assert.deepEqual(typedEvents(), manifestEvents());
});

test('every event type is exported from the package, so the typings can name it', () => {
  const index = readFileSync(new URL('src/index.ts', root), 'utf8');
  const types = new Set(Object.values(manifestEvents()).flatMap((events) => Object.values(events)));
  for (const type of types) assert.match(index, new RegExp(`\\b${type}\\b`), `${type} is not exported from src/index.ts`);
});
