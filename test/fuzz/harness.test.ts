import { expect } from '@open-wc/testing';
import { LONG_TASK_MS, openHost, renderCase, type CaseOptions, type Host } from './harness.js';

/** The fuzz harness catches each kind of broken promise (so that a passing property means something). */
describe('fuzz harness', () => {
  let host: Host;
  before(async () => {
    host = await openHost();
  });
  after(() => host.frame.remove());

  const fails = async (build: (container: HTMLElement, doc: Document) => void, options?: CaseOptions) => {
    try {
      await renderCase(host, build, options);
    } catch (error) {
      return (error as Error).message;
    }
    return 'no failure';
  };

  it('passes a plain case', async () => {
    await renderCase(host, (container, doc) => container.append(doc.createTextNode('plain')));
  });

  it('catches an uncaught error, script that ran, a wide page and a long task', async () => {
    // Code that runs in the host page's own realm, as the bundle's does.
    const later = (code: string) => () => (host.win as unknown as { eval: typeof eval }).eval(`setTimeout(() => { ${code} }, 0)`);
    expect(await fails(later('throw new Error("boom")'))).to.contain('uncaught error: Uncaught Error: boom');
    expect(await fails(later('Promise.reject(new Error("nope"))'))).to.contain('unhandled rejection');
    expect(await fails(later('alert(1)'))).to.contain('script ran: alert(1)');
    expect(await fails(later('window.__fqaPwned = 1; delete window.__fqaPwned; window.__fqaPwned = 1'))).to.contain('__fqaPwned');
    delete (host.win as { __fqaPwned?: unknown }).__fqaPwned;
    expect(await fails((container, doc) => { const wide = doc.createElement('div'); wide.style.inlineSize = '500px'; wide.textContent = 'wide'; container.append(wide); })).to.contain('page became 500 px wide');
    const busy = `const end = performance.now() + ${LONG_TASK_MS + 200}; while (performance.now() < end);`;
    // The long-task check runs in `npm run fuzz` only; asked for here, it catches a task that busy-waits past it.
    expect(await fails(later(busy), { longTasks: true })).to.match(/task over 500 ms: \d+ ms/);
  });

  it('catches a widget that stays on "Loading…"', async () => {
    expect(
      await fails((container, doc) => {
        const question = doc.createElement('fertility-question');
        question.setAttribute('src', '/test-server/hang/test/fixtures/feed.json');
        question.setAttribute('question', 'what-is-ivf');
        question.setAttribute('timeout', '30');
        container.append(question);
      }),
    ).to.contain('still shows "Loading…"');
  });
});
