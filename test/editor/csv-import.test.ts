import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/editor/define.js';
import type { FqaFeedEditor } from '../../src/editor/feed-editor/feed-editor.js';
import { parseTable } from '../../src/editor/document/csv.js';

// Demo content: a clinic's spreadsheet export, with a quoted cell holding a comma, a quote and a line break.
const CSV = `Question,Category,Answer,Expert,Tags
What is AMH?,Tests and diagnosis,"AMH is a blood test. It says ""roughly"" how many eggs remain,
not whether you will get pregnant. (Demo content.)",Dr Demo Rivera,"amh, tests"
Can stress affect IVF?,Wellbeing,<b>Not markup</b> (Demo content.),Dr New Example,
,,,,
`;

describe('feed editor: spreadsheet import', () => {
  it('reads CSV and TSV with quotes and line breaks in cells, and finds the separator', () => {
    const csv = parseTable(CSV);
    expect(csv.delimiter).to.equal(',');
    expect(csv.headers).to.deep.equal(['Question', 'Category', 'Answer', 'Expert', 'Tags']);
    expect(csv.rows).to.have.length(2);
    expect(csv.rows[0]![2]).to.contain('"roughly" how many eggs remain,\nnot whether');
    const tsv = parseTable('\uFEFFFrage\tKategorie\nWas ist AMH?\tTests\n');
    expect(tsv.delimiter).to.equal('\t');
    expect(tsv.rows).to.deep.equal([['Was ist AMH?', 'Tests']]);
    expect(parseTable('a;b;c\n1;2,5;3\n').rows).to.deep.equal([['1', '2,5', '3']]);
  });

  it('shows the columns chosen for each field before importing, then adds the questions, categories and experts', async () => {
    const editor = await fixture<FqaFeedEditor>(html`<fqa-feed-editor></fqa-feed-editor>`);
    editor.openText(await (await fetch('/demo/feed.json')).text(), 'feed.json');
    const before = JSON.parse(editor.feedText);
    editor.importTable(CSV, 'clinic.csv');
    await editor.updateComplete;
    const dialog = editor.shadowRoot!.querySelector('fqa-csv-import')!;
    await waitUntil(() => dialog.shadowRoot?.querySelector('dialog[open]'), 'the mapping opens as a modal dialog');
    await expect(dialog).to.be.accessible();
    const select = (field: string) => dialog.shadowRoot!.querySelector<HTMLSelectElement>(`select[data-field="${field}"]`)!;
    expect(select('title').value).to.equal('0');
    expect(select('category').value).to.equal('1');
    expect(select('answer').value).to.equal('2');
    expect(select('expert').value).to.equal('3');
    expect(select('tags').value).to.equal('4');
    expect(select('summary').value).to.equal('-1');
    expect(dialog.shadowRoot!.querySelector('tbody tr td')!.textContent).to.equal('What is AMH?');
    // Nothing is added before Import.
    expect(editor.feedText).to.equal(`${JSON.stringify(before, null, 2)}\n`);
    dialog.shadowRoot!.querySelector<HTMLButtonElement>('button.primary')!.click();
    await editor.updateComplete;
    const after = JSON.parse(editor.feedText);
    expect(after.questions).to.have.length(before.questions.length + 2);
    const [amh, stress] = after.questions.slice(-2);
    expect(amh).to.deep.include({ id: 'what-is-amh', title: 'What is AMH?', category: 'tests-and-diagnosis', tags: ['amh', 'tests'] });
    expect(amh.answers).to.deep.equal([{ expert: before.experts.find((e: { name: string }) => e.name === 'Dr Demo Rivera').id, text: 'AMH is a blood test. It says "roughly" how many eggs remain,\nnot whether you will get pregnant. (Demo content.)' }]);
    expect(stress.category).to.equal('wellbeing');
    expect(stress.answers[0]).to.deep.equal({ expert: 'dr-new-example', text: '<b>Not markup</b> (Demo content.)' });
    expect(after.categories.at(-1)).to.deep.equal({ id: 'wellbeing', name: 'Wellbeing' });
    expect(after.experts.at(-1)).to.deep.equal({ id: 'dr-new-example', name: 'Dr New Example' });
    expect(editor.shadowRoot!.querySelector('.status')!.textContent).to.contain('Imported 2 questions. New in the feed: 1 expert and 1 category.');
    expect(editor.shadowRoot!.querySelector('fqa-csv-import')).to.equal(null);
  });
});
