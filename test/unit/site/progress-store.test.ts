import { describe, expect, test } from 'vitest';
import { createProgressStore, type StorageLike } from '../../../src/lib/progress/store.ts';
import { clock, memoryStorage } from './progressFixtures.ts';
import { BACKUP_KEY, PROGRESS_KEY } from '../../../src/lib/progress/model.ts';
import { progressExportSchema, progressV3Schema } from '../../../src/lib/progress/schema.ts';
import { exportFile, importFile } from '../../../src/lib/progress/transfer.ts';


describe('progress store', () => {
  test('starts empty without a notice', () => {
    const store = createProgressStore(memoryStorage(), clock());

    expect(store.notice).toBeUndefined();
    expect(store.status('m/a')).toBe('not-started');
  });

  test('visiting marks started, complete can be undone, and it is saved as version 3', () => {
    const storage = memoryStorage();
    const store = createProgressStore(storage, clock());

    store.markStarted('m/a');
    store.setComplete('m/a', true);
    expect(store.status('m/a')).toBe('complete');
    store.markStarted('m/a');
    expect(store.status('m/a')).toBe('complete');
    store.setComplete('m/a', false);

    expect(store.status('m/a')).toBe('started');
    const saved = JSON.parse(storage.map.get(PROGRESS_KEY)!);
    expect(progressV3Schema.safeParse(saved).success).toBe(true);
    expect(createProgressStore(storage, clock()).status('m/a')).toBe('started');
  });

  test('migrates version 1 and says so', () => {
    const storage = memoryStorage({ [PROGRESS_KEY]: JSON.stringify({ version: 1, visited: ['m/a', 'm/b'], completed: ['m/b'] }) });

    const store = createProgressStore(storage, clock());

    expect(store.status('m/a')).toBe('started');
    expect(store.status('m/b')).toBe('complete');
    expect(store.notice).toMatchInlineSnapshot(`"Your saved progress came from an older version of the course (version 1) and was updated. Nothing was lost."`);
    expect(JSON.parse(storage.map.get(PROGRESS_KEY)!).version).toBe(3);
  });

  test('corrupt data is backed up and reset with a notice, never a crash', () => {
    const storage = memoryStorage({ [PROGRESS_KEY]: '{"version":2,"lessons":{"m/a":{"status":"done"' });

    const store = createProgressStore(storage, clock());

    expect(store.status('m/a')).toBe('not-started');
    expect(store.notice).toMatchInlineSnapshot(`"Your saved progress could not be read (it is not valid JSON), so it was reset. A copy of the old data was kept in this browser under "ecs-course:progress:backup"."`);
    expect(storage.map.get(BACKUP_KEY)).toBe('{"version":2,"lessons":{"m/a":{"status":"done"');
  });

  test('valid JSON of the wrong shape names the problem', () => {
    const storage = memoryStorage({ [PROGRESS_KEY]: JSON.stringify({ version: 2, lessons: { 'm/a': { status: 'done', startedAt: 1 } } }) });

    expect(createProgressStore(storage, clock()).notice).toMatchInlineSnapshot(`"Your saved progress could not be read (lessons["m/a"].status should be "started" or "complete", found "done"), so it was reset. A copy of the old data was kept in this browser under "ecs-course:progress:backup"."`);
  });

  test('blocked storage keeps working in memory and says progress cannot be saved', () => {
    const blocked: StorageLike = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('SecurityError');
      },
    };

    const store = createProgressStore(blocked, clock());
    store.setComplete('m/a', true);

    expect(store.status('m/a')).toBe('complete');
    expect(store.notice).toMatch(/cannot be saved/);
  });

  test('export then import into another browser round-trips and matches the export schema', () => {
    const a = createProgressStore(memoryStorage(), clock());
    a.markStarted('m/a');
    a.setComplete('m/b', true);

    const file = exportFile(a);
    const b = createProgressStore(memoryStorage(), clock());
    const result = importFile(b, file.text);

    expect(file.filename).toMatch(/^ecs-course-progress-\d{4}-\d\d-\d\d\.json$/);
    expect(progressExportSchema.safeParse(JSON.parse(file.text)).success).toBe(true);
    expect(result).toEqual({ ok: true, message: 'Imported progress for 2 lessons (1 complete).' });
    expect(b.lessons()).toEqual(a.lessons());
  });

  test('import merges: the further status wins and nothing is lost', () => {
    const a = createProgressStore(memoryStorage(), clock());
    a.setComplete('m/a', true);
    const b = createProgressStore(memoryStorage(), clock());
    b.markStarted('m/a');
    b.setComplete('m/c', true);

    importFile(b, exportFile(a).text);

    expect(b.status('m/a')).toBe('complete');
    expect(b.status('m/c')).toBe('complete');
  });

  test('bad import files are refused with a clear message and change nothing', () => {
    const store = createProgressStore(memoryStorage(), clock());
    store.markStarted('m/a');

    expect(importFile(store, 'not json')).toMatchInlineSnapshot(`
      {
        "message": "Nothing was imported: that file is not valid JSON. Choose a file made by “Export progress”.",
        "ok": false,
      }
    `);
    expect(importFile(store, '{"hello":1}')).toMatchInlineSnapshot(`
      {
        "message": "Nothing was imported: that file is not a course progress export (it has no "format": "ecs-course-progress").",
        "ok": false,
      }
    `);
    expect(
      importFile(store, JSON.stringify({ format: 'ecs-course-progress', version: 2, exportedAt: 1, lessons: { 'm/b': { status: 'finished', startedAt: 1 } } })),
    ).toMatchInlineSnapshot(`
      {
        "message": "Nothing was imported: lessons["m/b"].status should be "started" or "complete", found "finished".",
        "ok": false,
      }
    `);
    expect(importFile(store, JSON.stringify({ format: 'ecs-course-progress', version: 4, exportedAt: 1, lessons: {} }))).toMatchInlineSnapshot(`
      {
        "message": "Nothing was imported: "version" should be 2 or 3, found 4.",
        "ok": false,
      }
    `);
    expect(store.lessons()).toEqual({ 'm/a': expect.objectContaining({ status: 'started' }) });
  });
});
