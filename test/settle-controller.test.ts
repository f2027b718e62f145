import { expect, waitUntil } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { SettleController, type SettleSource } from '../src/qa-search/settle-controller.js';

/** A host and a source the test drives: what is asked, whether the search is done, what it found. */
function setUp(options: { total?: number; filler?: boolean } = {}) {
  const filler = { filler: Boolean(options.filler) };
  const controllers: ReactiveController[] = [];
  const host: ReactiveControllerHost = {
    addController: (controller) => void controllers.push(controller),
    removeController: () => {},
    requestUpdate: () => void (updates += 1),
    updateComplete: Promise.resolve(true),
  };
  let updates = 0;
  const asked = { query: 'ivf', category: null as string | null };
  const fired: Array<{ query: string; category: string | null; resultCount: number }> = [];
  const searches: Array<() => void> = [];
  let addressWrites = 0;
  const source: SettleSource = {
    asked: () => ({ ...asked }),
    // Each settle's search is finished by the test (`finish`), so it can type on while one is under way.
    searched: () => new Promise<boolean>((resolve) => searches.push(() => resolve(true))),
    hasContent: () => !filler.filler,
    total: () => options.total ?? 3,
    announce: (query, total) => `${total} for ${query}`,
    writeAddress: () => void (addressWrites += 1),
    fire: (detail) => void fired.push(detail),
  };
  const settle = new SettleController(host, source);
  /** Finishes the next settle's search and waits until that settle is over. */
  const finish = async () => {
    await waitUntil(() => searches.length > 0, 'no settle started');
    searches.shift()!();
    await settle.done;
  };
  return { settle, asked, fired, finish, source: filler, controllers, updates: () => updates, addressWrites: () => addressWrites };
}

describe('SettleController: once typing pauses', () => {
  it('announces the count and fires qa-search once per query and category', async () => {
    const { settle, fired, finish, asked, updates, addressWrites } = setUp({ total: 3 });
    settle.schedule(0);
    await finish();
    expect(settle.announcement).to.equal('3 for ivf');
    expect(fired).to.deep.equal([{ query: 'ivf', category: null, resultCount: 3 }]);
    expect(updates()).to.equal(1);
    settle.schedule(0); // the same query and category settle again (e.g. a keystroke typed and deleted)
    await finish();
    expect(fired).to.have.length(1);
    expect(addressWrites()).to.equal(2);
    asked.category = 'ivf-treatment';
    settle.schedule(0);
    await finish();
    expect(fired.map((detail) => detail.category)).to.deep.equal([null, 'ivf-treatment']);
  });

  it('says nothing for a settle the reader typed past; the next one speaks for what is asked then', async () => {
    const { settle, fired, finish, asked } = setUp({ total: 2 });
    settle.schedule(0);
    await waitUntil(() => settle.pending, 'the settle did not start');
    asked.query = 'ivf cost'; // typed on while the search was under way
    await finish();
    expect(fired).to.deep.equal([]);
    expect(settle.announcement).to.equal('');
    settle.schedule(0);
    await finish();
    expect(fired).to.deep.equal([{ query: 'ivf cost', category: null, resultCount: 2 }]);
    expect(settle.announcement).to.equal('2 for ivf cost');
  });

  it('filler words alone: the announcement is cleared and nothing fires', async () => {
    const { settle, fired, finish, addressWrites } = setUp({ filler: true });
    settle.announcement = 'Preparing search…';
    settle.schedule(0);
    await finish();
    expect(settle.announcement).to.equal('');
    expect(fired).to.deep.equal([]);
    expect(addressWrites()).to.equal(1);
  });

  it('after filler words alone, the query before them is announced again (the list changed in between)', async () => {
    const { settle, fired, finish, asked, source } = setUp({ total: 6 });
    settle.schedule(0);
    await finish();
    asked.query = 'is it';
    source.filler = true;
    settle.schedule(0);
    await finish();
    expect(settle.announcement).to.equal('');
    asked.query = 'ivf';
    source.filler = false;
    settle.schedule(0);
    await finish();
    expect(settle.announcement).to.equal('6 for ivf');
    expect(fired.map((detail) => detail.query)).to.deep.equal(['ivf', 'ivf']);
  });

  it('a query restored from the address is not announced again', async () => {
    const { settle, fired, finish } = setUp();
    settle.remember('ivf', null);
    settle.schedule(0);
    await finish();
    expect(fired).to.deep.equal([]);
  });
});
