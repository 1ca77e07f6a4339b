/** A learner's saved lab state (src/ui/labs/session.ts), corrupt data never breaks it; and the lab progress bridge. */
import { describe, expect, test, vi } from 'vitest';
import { MAX_COMMANDS, MAX_COMMAND_CHARS, emptySession, loadSession, recordCommand, saveSession, sessionKey } from '../../../src/ui/labs/session.ts';
import { labRecord, recordLab, withLabProgress } from '../../../src/ui/labs/progress-bridge.ts';
import { createProgressStore } from '../../../src/lib/progress/store.ts';
import { exportFile } from '../../../src/lib/progress/transfer.ts';

const STEPS = [
  { id: 'create-cluster', hints: 1 },
  { id: 'register', hints: 2 },
];

function memory(initial: Record<string, string> = {}) {
  const map = new Map(Object.entries(initial));
  return { map, getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v), removeItem: (k: string) => void map.delete(k) };
}

describe('lab session', () => {
  test('what is saved comes back after a reload', () => {
    const storage = memory();
    const session = emptySession('02-first-service');
    session.reached = { 'create-cluster': 5 };
    session.hints = { register: 2 };
    session.applied = ['create-cluster'];
    recordCommand(session, { text: 'aws ecs create-cluster --cluster-name production' });

    saveSession(storage, session);
    const { session: loaded, notice } = loadSession(storage, '02-first-service', STEPS);

    expect(loaded).toEqual(session);
    expect(notice).toBeUndefined();
  });

  test.each([
    ['not JSON', '{"version":1,'],
    ['another shape', '[1,2,3]'],
    ['another lab', JSON.stringify({ ...emptySession('01-other'), reached: { 'create-cluster': 1 } })],
    ['a future version', JSON.stringify({ ...emptySession('02-first-service'), version: 9 })],
  ])('unreadable data (%s) starts fresh and says so', (_label, raw) => {
    const storage = memory({ [sessionKey('02-first-service')]: raw });

    const { session, notice } = loadSession(storage, '02-first-service', STEPS);

    expect(session).toEqual(emptySession('02-first-service'));
    expect(notice).toMatch(/could not be read/);
  });

  test('wrong values inside readable data are dropped one by one; hints are capped at the step’s count', () => {
    const raw = JSON.stringify({
      version: 1,
      labId: '02-first-service',
      reached: { 'create-cluster': 7, gone: 3, register: 'soon' },
      hints: { 'create-cluster': 99, register: -1 },
      applied: ['register', 'register', 42, 'gone'],
      commands: [{ text: 'aws ecs list-clusters' }, { nope: true }, 'x'],
      completedAt: 123,
    });

    const { session, notice } = loadSession(memory({ [sessionKey('02-first-service')]: raw }), '02-first-service', STEPS);

    expect(session.reached).toEqual({ 'create-cluster': 7 });
    expect(session.hints).toEqual({ 'create-cluster': 1 });
    expect(session.applied).toEqual(['register']);
    expect(session.commands).toEqual([{ text: 'aws ecs list-clusters' }]);
    expect(session.completedAt).toBeUndefined(); // not every step is reached
    expect(notice).toMatch(/changed since/);
  });

  test('a huge paste is clipped and the record keeps only the newest commands', () => {
    const session = emptySession('02-first-service');

    recordCommand(session, { text: 'x'.repeat(20_000) });
    for (let i = 0; i < MAX_COMMANDS + 5; i++) recordCommand(session, { text: `aws ecs list-clusters # ${i}` });

    expect(session.commands).toHaveLength(MAX_COMMANDS);
    expect(session.commands[0]!.text).toBe('aws ecs list-clusters # 5');
    const clipped = emptySession('x');
    recordCommand(clipped, { text: 'y'.repeat(20_000) });
    expect(clipped.commands[0]!.text.length).toBeLessThan(MAX_COMMAND_CHARS + 60);
    expect(clipped.commands[0]!.text).toMatch(/18000 more characters/);
  });

  test('storage that refuses to save or read is reported, not thrown', () => {
    const broken = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('full'); }, removeItem: () => {} };

    expect(saveSession(broken, emptySession('a'))).toBe(false);
    expect(loadSession(broken, 'a', STEPS).notice).toMatch(/cannot be saved/);
  });
});

describe('lab progress bridge', () => {
  test('completion is sticky: resetting a finished lab to practise keeps it complete', () => {
    expect(labRecord({ passedSteps: ['a', 'b'], completed: true, updatedAt: 1 }, { passedSteps: [], completed: false })).toEqual({ passedSteps: [], completed: true });
    expect(labRecord(undefined, { passedSteps: ['a'], completed: false })).toEqual({ passedSteps: ['a'], completed: false });
  });

  test('records into the course progress store, so lab progress is in the progress export', async () => {
    const storage = memory();
    vi.stubGlobal('window', { __ecsCourseProgress: createProgressStore, localStorage: storage });
    vi.stubGlobal('document', { readyState: 'complete' });
    try {
      recordLab('02-first-service', { passedSteps: ['create-cluster', 'register'], completed: false });
      recordLab('02-first-service', { passedSteps: ['create-cluster', 'register', 'steady'], completed: true });
      recordLab('02-first-service', { passedSteps: [], completed: false }); // Reset lab

      const exported = JSON.parse(exportFile(createProgressStore(storage)).text) as { labs: Record<string, { passedSteps: string[]; completed: boolean }> };
      expect(exported.labs['02-first-service']).toMatchObject({ passedSteps: [], completed: true });
      let seen: boolean | undefined;
      withLabProgress((lab) => (seen = lab?.('02-first-service')?.completed));
      expect(seen).toBe(true);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
