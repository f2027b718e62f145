import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/editor/define.js';
import type { FqaFeedEditor } from '../../src/editor/feed-editor/feed-editor.js';

// Typing as a person types: one key at a time, Backspace to clear, Tab to leave the field.
// Ids are renamed (with what refers to them) when the field is committed, never on the
// way there; a field whose text is shown re-formatted (tags) keeps the text as typed.

const demo = fetch('/demo/feed.json').then((response) => response.text());
const demoFeed = demo.then((text) => JSON.parse(text) as { experts: Array<{ id: string }>; categories: Array<{ id: string }>; questions: Array<{ id: string; category: string; answers: Array<{ expert: string }>; reviewedBy?: string }>; featured: string[] });

async function openDemo() {
  const editor = await fixture<FqaFeedEditor>(html`<fqa-feed-editor></fqa-feed-editor>`);
  editor.openText(await demo, 'feed.json');
  await editor.updateComplete;
  return editor;
}
const $ = <T extends Element = HTMLElement>(editor: FqaFeedEditor, selector: string) => editor.shadowRoot!.querySelector<T & HTMLElement>(selector)!;
const feed = (editor: FqaFeedEditor) => JSON.parse(editor.feedText) as Awaited<typeof demoFeed>;
/** How many answers and reviews name each expert. */
const expertRefs = (data: Awaited<typeof demoFeed>) => {
  const counts: Record<string, number> = {};
  for (const question of data.questions) {
    for (const answer of question.answers) counts[answer.expert] = (counts[answer.expert] ?? 0) + 1;
    if (question.reviewedBy) counts[`reviewer:${question.reviewedBy}`] = (counts[`reviewer:${question.reviewedBy}`] ?? 0) + 1;
  }
  return counts;
};

/** Clears a field with Backspace (once over the whole text selected, or once per character), then types one key at a time. */
async function clearAndType(editor: FqaFeedEditor, input: HTMLInputElement, text: string, clear: 'all-at-once' | 'each' = 'each') {
  input.focus();
  if (clear === 'all-at-once') {
    input.select();
    await sendKeys({ press: 'Backspace' });
  } else {
    input.setSelectionRange(input.value.length, input.value.length);
    for (let n = input.value.length; n > 0; n--) await sendKeys({ press: 'Backspace' });
  }
  await editor.updateComplete;
  for (const key of text) {
    await sendKeys({ type: key });
    await editor.updateComplete;
  }
}

async function openEntry(editor: FqaFeedEditor, key: string) {
  $(editor, `#f-${key}`).click();
  await editor.updateComplete;
}

describe('feed editor: typing ids and tags', () => {
  it('typing another expert’s id on the way to a new one leaves that expert’s answers alone', async () => {
    const editor = await openDemo();
    const before = expertRefs(await demoFeed);
    await openEntry(editor, 'experts-1');
    const id = $<HTMLInputElement>(editor, '#f-experts-1-id');
    expect(id.value).to.equal('sam-sample');
    expect($(editor, '#f-experts-1-id-hint').textContent).to.contain('What refers to it follows the new id when you leave the field.');
    await clearAndType(editor, id, 'dr-demo-rivera-2');
    expect(id.value, 'the field shows what was typed').to.equal('dr-demo-rivera-2');
    await sendKeys({ press: 'Tab' });
    await editor.updateComplete;
    const after = feed(editor);
    expect(after.experts.map((expert) => expert.id).slice(0, 2)).to.deep.equal(['dr-demo-rivera', 'dr-demo-rivera-2']);
    const refs = expertRefs(after);
    expect(refs['dr-demo-rivera'], 'Dr Demo Rivera keeps their answers').to.equal(before['dr-demo-rivera']);
    expect(refs['dr-demo-rivera-2'], 'Sam’s answers follow the new id').to.equal(before['sam-sample']);
    expect(refs['reviewer:dr-demo-rivera'] ?? 0).to.equal(before['reviewer:dr-demo-rivera'] ?? 0);
    expect(refs['reviewer:dr-demo-rivera-2'] ?? 0).to.equal(before['reviewer:sam-sample'] ?? 0);
    expect(refs['sam-sample']).to.equal(undefined);
    expect(editor.problems.all, 'nothing points at a missing expert').to.deep.equal([]);
  });

  it('clearing an id and typing a shorter one moves the references to it', async () => {
    const editor = await openDemo();
    const before = expertRefs(await demoFeed);
    await openEntry(editor, 'experts-1');
    await clearAndType(editor, $<HTMLInputElement>(editor, '#f-experts-1-id'), 'sam', 'all-at-once');
    await sendKeys({ press: 'Tab' });
    await editor.updateComplete;
    const refs = expertRefs(feed(editor));
    expect(refs['sam']).to.equal(before['sam-sample']);
    expect(refs['sam-sample']).to.equal(undefined);
    expect(editor.problems.all).to.deep.equal([]);
  });

  it('an id left empty, then typed again later, still takes its references with it', async () => {
    const editor = await openDemo();
    const before = expertRefs(await demoFeed);
    await openEntry(editor, 'experts-1');
    const id = $<HTMLInputElement>(editor, '#f-experts-1-id');
    await clearAndType(editor, id, '', 'all-at-once');
    await sendKeys({ press: 'Tab' });
    await editor.updateComplete;
    expect(feed(editor).experts[1]).to.not.have.property('id');
    await clearAndType(editor, $<HTMLInputElement>(editor, '#f-experts-1-id'), 'sam');
    await sendKeys({ press: 'Tab' });
    await editor.updateComplete;
    expect(expertRefs(feed(editor))['sam']).to.equal(before['sam-sample']);
  });

  it('an id that belongs to another expert is refused, and said so', async () => {
    const editor = await openDemo();
    const before = feed(editor);
    await openEntry(editor, 'experts-1');
    await clearAndType(editor, $<HTMLInputElement>(editor, '#f-experts-1-id'), 'dr-demo-rivera');
    await sendKeys({ press: 'Tab' });
    await editor.updateComplete;
    expect(feed(editor)).to.deep.equal(before);
    expect($<HTMLInputElement>(editor, '#f-experts-1-id').value).to.equal('sam-sample');
    expect($(editor, '.status').textContent).to.contain('“dr-demo-rivera” is already the id of Expert 1: Dr Demo Rivera');
  });

  it('a question’s id and a category’s id, typed one key at a time, keep featured and categories right', async () => {
    const editor = await openDemo();
    const original = await demoFeed;
    // Question 2's id typed over with question 1's id on the way ("when-to-see-a-fertility-specialist-2").
    await openEntry(editor, 'questions-1');
    await clearAndType(editor, $<HTMLInputElement>(editor, '#f-questions-1-id'), `${original.questions[0]!.id}-2`);
    await sendKeys({ press: 'Tab' });
    await editor.updateComplete;
    let data = feed(editor);
    expect(data.featured).to.deep.equal([original.questions[0]!.id, `${original.questions[0]!.id}-2`, ...original.featured.slice(2)]);
    // Category 2's id typed through category 1's.
    await openEntry(editor, 'categories-1');
    await clearAndType(editor, $<HTMLInputElement>(editor, '#f-categories-1-id'), `${original.categories[0]!.id}-b`);
    await sendKeys({ press: 'Tab' });
    await editor.updateComplete;
    data = feed(editor);
    const count = (items: Array<{ category: string }>, id: string) => items.filter((question) => question.category === id).length;
    expect(count(data.questions, original.categories[0]!.id)).to.equal(count(original.questions, original.categories[0]!.id));
    expect(count(data.questions, `${original.categories[0]!.id}-b`)).to.equal(count(original.questions, original.categories[1]!.id));
    expect(editor.problems.all).to.deep.equal([]);
  });

  it('Tags keeps commas and spaces as typed, and saves each tag', async () => {
    const editor = await openDemo();
    await openEntry(editor, 'questions-0');
    const tags = $<HTMLInputElement>(editor, '#f-questions-0-tags');
    await clearAndType(editor, tags, 'egg freezing, ivf');
    expect(tags.value).to.equal('egg freezing, ivf');
    expect(feed(editor).questions[0]).to.have.deep.property('tags', ['egg freezing', 'ivf']);
    await sendKeys({ press: 'Tab' });
    await editor.updateComplete;
    expect($<HTMLInputElement>(editor, '#f-questions-0-tags').value).to.equal('egg freezing, ivf');
    expect(feed(editor).questions[0]).to.have.deep.property('tags', ['egg freezing', 'ivf']);
  });
});
