import { expect, waitUntil } from '@open-wc/testing';

// The whole demo editor page, as a content person opens it, checked by axe: landmarks
// (one <main>, nothing outside a landmark), and every rule, with the demo feed open.

interface AxeResults {
  violations: Array<{ id: string; nodes: Array<{ target: unknown[] }> }>;
}

async function openFrame(src: string) {
  const frame = document.createElement('iframe');
  frame.src = src;
  frame.style.cssText = 'inline-size: 1280px; block-size: 800px; border: 0';
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  return frame;
}

async function axe(frame: HTMLIFrameElement): Promise<AxeResults> {
  const doc = frame.contentDocument!;
  const script = doc.createElement('script');
  script.src = '/node_modules/axe-core/axe.min.js';
  doc.head.append(script);
  await new Promise((resolve, reject) => (script.addEventListener('load', resolve), script.addEventListener('error', reject)));
  const win = frame.contentWindow as Window & { axe: { run: (context: Document, options: object) => Promise<AxeResults> } };
  return win.axe.run(doc, { resultTypes: ['violations'] });
}

describe('feed editor: the demo page', () => {
  it('has one main landmark and everything in landmarks, and passes axe with the demo feed open', async function () {
    this.timeout(30000);
    const frame = await openFrame('/demo/editor.html');
    try {
      const doc = frame.contentDocument!;
      const editor = doc.querySelector('fqa-feed-editor') as HTMLElement & { updateComplete: Promise<unknown>; feedText: string };
      await waitUntil(() => editor.shadowRoot?.querySelector('.status'), 'the editor renders', { timeout: 8000 });
      doc.querySelector<HTMLButtonElement>('#demo-feed')!.click();
      await waitUntil(() => JSON.parse(editor.feedText).questions.length > 0, 'the demo feed opens', { timeout: 8000 });
      await editor.updateComplete;
      const { violations } = await axe(frame);
      expect(violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => JSON.stringify(node.target)).join(' ')}`)).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
