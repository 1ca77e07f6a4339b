/**
 * The page simulation store (src/ui/sim-store.ts) with a page that declares a lab: every island gets the lab's
 * scenario, deterministically, saved per page; lesson pages keep the chapter's account; broken declarations and
 * broken saved data give a clear message or a clean start, never the wrong account.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { parseLab } from '../../../src/labs/index.ts';

const LAB_DIR = new URL('../../../labs/03-rolling-update/', import.meta.url);

function labDeclaration(): string {
  const files = Object.fromEntries(readdirSync(LAB_DIR).filter((f) => f !== 'index.mdx').map((f) => [f, readFileSync(new URL(f, LAB_DIR), 'utf8')]));
  const parsed = parseLab(readFileSync(new URL('index.mdx', LAB_DIR), 'utf8'), files);
  if (!parsed.ok) throw new Error('lab 03 does not parse');
  return JSON.stringify({ kind: 'lab', id: '03-rolling-update', lab: parsed.lab });
}

/** A minimal browser: localStorage, location, document with an optional declaration, events. */
function fakePage(path: string, declaration?: string) {
  const storage = new Map<string, string>();
  const localStorage = {
    getItem: (k: string) => storage.get(k) ?? null,
    setItem: (k: string, v: string) => void storage.set(k, v),
    removeItem: (k: string) => void storage.delete(k),
  };
  const document = {
    querySelector: (sel: string) => (sel === 'script[data-sim-start]' && declaration !== undefined ? { textContent: declaration } : null),
    addEventListener: () => {},
    visibilityState: 'visible',
  };
  vi.stubGlobal('window', {});
  vi.stubGlobal('localStorage', localStorage);
  vi.stubGlobal('location', { pathname: path });
  vi.stubGlobal('document', document);
  vi.stubGlobal('addEventListener', () => {});
  return storage;
}

async function freshStore() {
  vi.resetModules();
  return import('../../../src/ui/sim-store.ts');
}

describe('sim-store', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  test('a lesson page without a declaration starts from the chapter account (no services)', async () => {
    fakePage('/ecs-fargate/creating-a-service/');
    const store = await freshStore();

    const sim = await store.getSimulation();

    expect(Object.keys(sim.handle.view().services)).toEqual([]);
  });

  test('a lab page starts every island from the lab scenario, with its setup already run', async () => {
    fakePage('/labs/03-rolling-update/', labDeclaration());
    const store = await freshStore();

    const [a, b] = await Promise.all([store.getSimulation(), store.getSimulation()]);

    expect(a).toBe(b);
    expect(a.handle.view().services['production/user-service']?.status).toBe('ACTIVE');
    expect(a.handle.files.read('task-definition-v2.json')).toContain('"family"');
  });

  test('the lab start is deterministic: two fresh starts are the same state', async () => {
    fakePage('/labs/03-rolling-update/', labDeclaration());
    const store = await freshStore();

    const one = await store.startingSnapshot();
    const two = await store.startingSnapshot();

    expect(JSON.stringify(one)).toBe(JSON.stringify(two));
  });

  test('the lab simulation is saved under the page path and restored after a reload', async () => {
    const storage = fakePage('/labs/03-rolling-update/', labDeclaration());
    let store = await freshStore();
    const sim = await store.getSimulation();
    sim.handle.call('ecs', 'CreateCluster', { clusterName: 'mine' });
    sim.changed();
    vi.advanceTimersByTime(store.SAVE_INTERVAL_MS + 10);
    expect(storage.has(store.storageKey('/labs/03-rolling-update/'))).toBe(true);

    store = await freshStore(); // the reload
    const again = await store.getSimulation();

    expect(again.handle.view().clusters['mine']?.status).toBe('ACTIVE');
  });

  test('corrupt saved data starts the lab over instead of failing', async () => {
    const storage = fakePage('/labs/03-rolling-update/', labDeclaration());
    storage.set('ecs-course:sim:/labs/03-rolling-update/', '{"formatVersion":1,"not":"a snapshot"');
    const store = await freshStore();

    const sim = await store.getSimulation();

    expect(sim.handle.view().services['production/user-service']?.status).toBe('ACTIVE');
  });

  test('a broken declaration rejects with a sentence instead of silently using the wrong account', async () => {
    fakePage('/labs/x/', '{"kind":"lab","id":"x","lab":{');
    const store = await freshStore();

    await expect(store.getSimulation()).rejects.toThrow(/starting simulation could not be read \(its declaration is not valid JSON\)/);
  });

  test('configureSimulation wins over the page and is refused once islands hold the simulation', async () => {
    fakePage('/anything/');
    const store = await freshStore();
    const { createSimulation } = await import('../../../src/sim/index.ts');
    store.configureSimulation({ storageKey: 'custom', create: () => createSimulation({ seed: 'x', scenario: { clusters: ['preset'] } as never }) });

    const sim = await store.getSimulation();

    expect(sim.handle.view().clusters['preset']).toBeDefined();
    expect(() => store.configureSimulation({ create: () => createSimulation() })).toThrow(/before the first getSimulation/);
  });

  test('while the clock plays, saves wait up to 15 s (a big save is a long frame); pausing saves soon', async () => {
    const storage = fakePage('/ecs-fargate/creating-a-service/');
    const store = await freshStore();
    const sim = await store.getSimulation();
    const key = store.storageKey('/ecs-fargate/creating-a-service/');
    const saved = () => (JSON.parse(storage.get(key) ?? '{}') as { now?: number }).now;

    sim.handle.advance(60_000);
    sim.changed(); // a command just before Play: its save was due in a second
    const release = sim.holdSaves();
    vi.advanceTimersByTime(5_000);
    expect(saved()).toBeUndefined(); // not yet: held

    vi.advanceTimersByTime(store.HELD_SAVE_INTERVAL_MS);
    expect(saved()).toBe(sim.handle.now()); // a held save still lands, so a crash loses at most 15 s

    sim.handle.advance(60_000);
    sim.changed();
    release();
    vi.advanceTimersByTime(store.SAVE_INTERVAL_MS * 2);
    expect(saved()).toBe(sim.handle.now());
  });
});
