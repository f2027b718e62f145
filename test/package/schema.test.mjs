// One feed format, one truth: schema/feed.schema.json (compiled by Ajv in strict
// mode) and validateFeed (dist/lib, as built) give the same verdict on every
// question and expert of every fixture feed. Run after `npm run build`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import Ajv from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { validateFeed } from '../../dist/lib/feed/validate.js';

const root = new URL('../../', import.meta.url);
const schema = JSON.parse(readFileSync(new URL('schema/feed.schema.json', root), 'utf8'));
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));

/**
 * Rules JSON Schema cannot state (they relate one part of the feed to another),
 * said in the schema's description and checked only by validateFeed.
 */
const CROSS_REFERENCES = [/^is used by an earlier /, / is not in experts; /, / is not in categories; /];

const fixtures = readdirSync(new URL('test/fixtures/', root), { recursive: true })
  .filter((file) => file.endsWith('.json'))
  .flatMap((file) => {
    try {
      return [[file, JSON.parse(readFileSync(new URL(`test/fixtures/${file}`, root), 'utf8'))]];
    } catch {
      return []; // not JSON at all: neither tool gets to read it
    }
  });

test('the schema compiles in Ajv strict mode and has an $id', () => {
  const ajv = addFormats(new Ajv({ strict: true, allErrors: true }));
  ajv.compile(schema);
  assert.match(schema.$id, /^https:\/\/.+\/feed\.schema\.json$/);
});

test('the fixtures include broken feeds, so the comparison means something', () => {
  assert.ok(fixtures.length >= 10, `${fixtures.length} fixture feeds`);
});

for (const [file, data] of fixtures) {
  test(`${file}: Ajv and validateFeed agree on each question and expert`, () => {
    const check = addFormats(new Ajv({ strict: true, allErrors: true })).compile(schema);
    const valid = check(data);
    let result;
    try {
      result = validateFeed(data, { baseUrl: new URL(`test/fixtures/${file}`, 'http://localhost/').href });
    } catch (error) {
      // A feed validateFeed refuses outright (wrong version, …) must fail the schema too.
      assert.equal(error.name, 'FeedFormatError');
      assert.equal(valid, false, `validateFeed refuses ${file} (${error.message}) but the schema accepts it`);
      return;
    }
    const byAjv = new Set((check.errors ?? []).map((error) => error.instancePath.match(/^\/(questions|experts)\/(\d+)/)?.slice(1, 3).join('[')).filter(Boolean));
    const keyOf = (problem) => problem.field.match(/^(questions|experts)\[(\d+)\]/)?.slice(1, 3).join('[');
    const byValidate = new Set(result.problems.map(keyOf).filter(Boolean));
    const byValidateExpressible = new Set(
      result.problems.filter((problem) => !CROSS_REFERENCES.some((rule) => rule.test(problem.message))).map(keyOf).filter(Boolean),
    );
    for (const list of ['questions', 'experts']) {
      for (let index = 0; index < (Array.isArray(data[list]) ? data[list].length : 0); index++) {
        const key = `${list}[${index}`;
        const ajvSays = check.errors?.find((error) => error.instancePath.startsWith(`/${list}/${index}/`) || error.instancePath === `/${list}/${index}`)?.message ?? 'valid';
        const validateSays = result.problems.find((problem) => problem.field.startsWith(`${key}]`))?.message ?? 'valid';
        const where = `${file} ${key}]: Ajv says "${ajvSays}", validateFeed says "${validateSays}"`;
        // What the schema rejects, validateFeed reports; what validateFeed reports, the
        // schema rejects too, unless the only problem is a cross-reference.
        if (byAjv.has(key)) assert.ok(byValidate.has(key), where);
        if (byValidateExpressible.has(key)) assert.ok(byAjv.has(key), where);
      }
    }
  });
}

test('src/version.ts says the version package.json says', async () => {
  const { VERSION } = await import('../../dist/lib/version.js');
  assert.equal(VERSION, pkg.version);
});
