import { describe, expect, test } from 'vitest';
import { createProgressStore } from '../../../src/lib/progress/store.ts';
import { clock, memoryStorage } from './progressFixtures.ts';
import { rateAttempt, readChallenge, recordAttempt, type ChallengeAttempt } from '../../../src/lib/progress/challenges.ts';
import { checkLabRecord } from '../../../src/lib/progress/records.ts';
import { BACKUP_KEY, ID_PATTERN, PROGRESS_KEY } from '../../../src/lib/progress/model.ts';
import { MAX_SAVED_ANSWER, RECORD_ID_PATTERN } from '../../../src/lib/progress/limits.ts';
import { progressExportSchema, progressV3Schema } from '../../../src/lib/progress/schema.ts';
import { exportFile, importFile } from '../../../src/lib/progress/transfer.ts';

const attempt = (score: number, answer = `answer scoring ${score}`): ChallengeAttempt => ({
  answer,
  score,
  met: score > 50 ? ['events', 'fact-stoppedReason'] : [],
  missed: score > 50 ? [] : ['events'],
  feedback: [`Score ${score}/100.`],
});
const saved = (storage: { map: Map<string, string> }) => JSON.parse(storage.map.get(PROGRESS_KEY)!);

describe('progress v3: explain-it challenges', () => {
  test('an attempt is saved with its feedback and restored by a new page load', () => {
    const storage = memoryStorage();
    recordAttempt(createProgressStore(storage, clock()), 'desired-vs-running', attempt(20));

    const later = createProgressStore(storage, clock(1_800_000_000_000));

    expect(later.challenge('desired-vs-running')).toMatchObject({ answer: 'answer scoring 20', score: 20, bestScore: 20, missed: ['events'], feedback: ['Score 20/100.'], attempts: 1 });
    expect(progressV3Schema.safeParse(saved(storage)).success).toBe(true);
  });

  test('attempts are counted, the best score is kept, and the self-rating survives a new attempt', () => {
    const store = createProgressStore(memoryStorage(), clock());
    recordAttempt(store, 'stuck-deployment', attempt(80));
    rateAttempt(store, 'stuck-deployment', 'weaker');
    const second = recordAttempt(store, 'stuck-deployment', attempt(30));

    expect(second).toMatchObject({ score: 30, bestScore: 80, attempts: 2, selfRating: 'weaker', answer: 'answer scoring 30' });
  });

  test('rating before any attempt changes nothing', () => {
    const store = createProgressStore(memoryStorage(), clock());
    rateAttempt(store, 'stuck-deployment', 'stronger');
    expect(store.challenge('stuck-deployment')).toBeUndefined();
  });

  test('a 30,000-character paste is kept up to the limit and the document stays valid', () => {
    const storage = memoryStorage();
    const store = createProgressStore(storage, clock());
    const rec = recordAttempt(store, 'desired-vs-running', attempt(5, 'x'.repeat(30_000)));

    expect(rec.answer).toHaveLength(MAX_SAVED_ANSWER);
    expect(createProgressStore(storage, clock()).notice).toBeUndefined();
  });

  test('a malformed attempt is refused with the reason, and what was saved before stays', () => {
    const storage = memoryStorage();
    const store = createProgressStore(storage, clock());
    recordAttempt(store, 'desired-vs-running', attempt(60));

    expect(() => recordAttempt(store, 'desired-vs-running', { ...attempt(5), score: 104.6 })).toThrow('Progress not saved: challenges["desired-vs-running"].score should be a whole number from 0 to 100, found 104.6.');
    expect(() => recordAttempt(store, 'desired-vs-running', { ...attempt(5), met: ['has space'] })).toThrow(/met\[0\] should be an id/);
    expect(createProgressStore(storage, clock()).challenge('desired-vs-running')).toMatchObject({ score: 60, attempts: 1 });
  });

  test('an invalid challenge id is refused instead of corrupting saved progress', () => {
    const storage = memoryStorage();
    const store = createProgressStore(storage, clock());
    store.markStarted('m/a');
    expect(() => recordAttempt(store, 'Not An Id', attempt(10))).toThrow('Progress not saved: "Not An Id" is not a kebab-case challenge id.');
    expect(createProgressStore(storage, clock()).status('m/a')).toBe('started');
  });
});

describe('progress v3: limits', () => {
  test('the record id pattern of the challenge pages is the one the shared guard enforces', () => {
    expect(RECORD_ID_PATTERN.source).toBe(ID_PATTERN.source);
  });
});

describe('progress v3: labs', () => {
  test('recordLab replaces the record and lab() reads it back after a reload', () => {
    const storage = memoryStorage();
    const store = createProgressStore(storage, clock());
    store.recordLab('02-first-service', { passedSteps: ['create-cluster'], completed: false });
    store.recordLab('02-first-service', { passedSteps: ['create-cluster', 'register'], completed: true });

    expect(createProgressStore(storage, clock()).lab('02-first-service')).toEqual({ passedSteps: ['create-cluster', 'register'], completed: true, updatedAt: expect.any(Number) });
    expect(store.lab('01-first-task-definition')).toBeUndefined();
  });

  test('two stores on one page do not overwrite each other (progress UI + explain-it + lab panel)', () => {
    const storage = memoryStorage();
    const progressUi = createProgressStore(storage, clock());
    const explainIt = createProgressStore(storage, clock());
    const labPanel = createProgressStore(storage, clock());

    recordAttempt(explainIt, 'desired-vs-running', attempt(60));
    labPanel.recordLab('02-first-service', { passedSteps: ['steady'], completed: true });
    progressUi.setComplete('m/a', true);

    const doc = saved(storage);
    expect(Object.keys(doc.challenges)).toEqual(['desired-vs-running']);
    expect(Object.keys(doc.labs)).toEqual(['02-first-service']);
    expect(doc.lessons['m/a'].status).toBe('complete');
  });
});

describe('progress v3: migration and corrupt data', () => {
  test('version 2 is upgraded with empty challenges and labs, and the learner is told', () => {
    const storage = memoryStorage({ [PROGRESS_KEY]: JSON.stringify({ version: 2, lessons: { 'm/a': { status: 'complete', startedAt: 1, completedAt: 2 } } }) });
    const store = createProgressStore(storage, clock());

    expect(store.status('m/a')).toBe('complete');
    expect(store.notice).toMatch(/older version of the course \(version 2\).*Nothing was lost/);
    expect(saved(storage)).toEqual({ version: 3, lessons: { 'm/a': { status: 'complete', startedAt: 1, completedAt: 2 } }, challenges: {}, labs: {} });
  });

  test('version 1 goes all the way to version 3', () => {
    const storage = memoryStorage({ [PROGRESS_KEY]: JSON.stringify({ version: 1, visited: [], completed: ['m/b'] }) });
    createProgressStore(storage, clock());
    expect(saved(storage)).toMatchObject({ version: 3, lessons: { 'm/b': { status: 'complete' } }, challenges: {}, labs: {} });
  });

  test('a corrupt challenge record is set aside with a message naming the field; lessons and the rest are kept', () => {
    const bad = { answer: 'a', score: 140, bestScore: 0, met: [], missed: [], feedback: [], attempts: 1, lastAttemptAt: 1 };
    const storage = memoryStorage({
      [PROGRESS_KEY]: JSON.stringify({ version: 3, lessons: { 'm/a': { status: 'started', startedAt: 1 } }, challenges: { 'desired-vs-running': bad }, labs: {} }),
    });
    const store = createProgressStore(storage, clock());

    const read = readChallenge(store, 'desired-vs-running', storage);

    expect(read.record).toBeUndefined();
    expect(read.notice).toMatchInlineSnapshot(`"Your saved attempt at this challenge could not be read (challenges["desired-vs-running"].score should be a whole number from 0 to 100, found 140), so it was set aside; a copy was kept in this browser under "ecs-course:progress:backup:challenge:desired-vs-running". Your draft is untouched."`);
    expect(JSON.parse(storage.map.get(`${BACKUP_KEY}:challenge:desired-vs-running`)!)).toEqual(bad);
    expect(saved(storage).challenges).toEqual({});
    expect(store.status('m/a')).toBe('started');
  });

  test('a challenge record that is not even an object resets the document with the usual backup and notice', () => {
    const storage = memoryStorage({ [PROGRESS_KEY]: JSON.stringify({ version: 3, lessons: {}, challenges: { 'desired-vs-running': 'oops' }, labs: {} }) });
    expect(createProgressStore(storage, clock()).notice).toMatch(/could not be read \(challenges\["desired-vs-running"\] should be an object, found "oops"\)/);
    expect(storage.map.get(BACKUP_KEY)).toContain('oops');
  });

  test('a malformed lab record is caught by the full check the lab page runs', () => {
    const storage = memoryStorage({ [PROGRESS_KEY]: JSON.stringify({ version: 3, lessons: {}, challenges: {}, labs: { '02-first-service': { passedSteps: 'all', completed: true, updatedAt: 1 } } }) });
    const store = createProgressStore(storage, clock());
    expect(checkLabRecord(store.lab('02-first-service'), '02-first-service')).toEqual({ ok: false, problem: 'labs["02-first-service"].passedSteps should be a list of at most 100 items, found "all"' });
  });
});

describe('progress v3: export and import', () => {
  test('the export carries challenges and labs, matches the schema, and imports into a fresh browser', () => {
    const a = createProgressStore(memoryStorage(), clock());
    a.markStarted('m/a');
    recordAttempt(a, 'desired-vs-running', attempt(70));
    rateAttempt(a, 'desired-vs-running', 'same');
    a.recordLab('02-first-service', { passedSteps: ['create-cluster'], completed: false });

    const file = exportFile(a);
    const b = createProgressStore(memoryStorage(), clock());
    const result = importFile(b, file.text);

    expect(progressExportSchema.safeParse(JSON.parse(file.text)).success).toBe(true);
    expect(JSON.parse(file.text)).toMatchObject({ version: 3, challenges: { 'desired-vs-running': { score: 70, selfRating: 'same' } } });
    expect(result).toEqual({ ok: true, message: 'Imported progress for 1 lesson (0 complete).' });
    expect(b.challenge('desired-vs-running')).toEqual(a.challenge('desired-vs-running'));
    expect(b.lab('02-first-service')).toEqual(a.lab('02-first-service'));
  });

  test('import merges: the more recent challenge attempt and lab record win, older ones never undo newer work', () => {
    const t = clock();
    const old = createProgressStore(memoryStorage(), t);
    recordAttempt(old, 'stuck-deployment', attempt(90, 'old strong answer'));
    recordAttempt(old, 'stuck-deployment', attempt(85, 'old strong answer'));
    recordAttempt(old, 'stuck-deployment', attempt(88, 'old strong answer'));
    old.recordLab('02-first-service', { passedSteps: ['create-cluster', 'register'], completed: true });
    const file = exportFile(old).text;

    const fresh = createProgressStore(memoryStorage(), t);
    recordAttempt(fresh, 'stuck-deployment', attempt(40, 'newer weak answer'));
    rateAttempt(fresh, 'stuck-deployment', 'weaker');
    fresh.recordLab('02-first-service', { passedSteps: ['steady'], completed: false });
    importFile(fresh, file);

    expect(fresh.challenge('stuck-deployment')).toMatchObject({ answer: 'newer weak answer', score: 40, attempts: 1, selfRating: 'weaker' });
    expect(fresh.lab('02-first-service')).toMatchObject({ passedSteps: ['steady'], completed: false });

    // The other way round, the exported (newer) work replaces the older local records.
    const stale = createProgressStore(memoryStorage(), clock(1));
    recordAttempt(stale, 'stuck-deployment', attempt(10, 'stale'));
    importFile(stale, file);
    expect(stale.challenge('stuck-deployment')).toMatchObject({ answer: 'old strong answer', score: 88, bestScore: 90, attempts: 3 });
  });

  test('an export made by version 2 of the course still imports', () => {
    const store = createProgressStore(memoryStorage(), clock());
    const v2 = { format: 'ecs-course-progress', version: 2, exportedAt: 5, lessons: { 'm/a': { status: 'complete', startedAt: 1, completedAt: 2 } } };

    expect(importFile(store, JSON.stringify(v2))).toEqual({ ok: true, message: 'Imported progress for 1 lesson (1 complete).' });
    expect(store.status('m/a')).toBe('complete');
  });

  test('a file whose challenge is not an object is refused with the reason and changes nothing', () => {
    const store = createProgressStore(memoryStorage(), clock());
    recordAttempt(store, 'desired-vs-running', attempt(10));
    const file = { format: 'ecs-course-progress', version: 3, exportedAt: 5, lessons: {}, challenges: { 'desired-vs-running': 'x' }, labs: {} };

    expect(importFile(store, JSON.stringify(file)).message).toBe('Nothing was imported: challenges["desired-vs-running"] should be an object, found "x".');
    expect(store.challenge('desired-vs-running')?.score).toBe(10);
  });

  test('a malformed challenge record in a file is set aside with a notice when the challenge page reads it', () => {
    const storage = memoryStorage();
    const store = createProgressStore(storage, clock());
    recordAttempt(store, 'desired-vs-running', attempt(10));
    const broken = { answer: 'x', lastAttemptAt: 9_000_000_000_000 };
    const file = { format: 'ecs-course-progress', version: 3, exportedAt: 5, lessons: {}, challenges: { 'desired-vs-running': broken, 'stuck-deployment': broken }, labs: {} };

    importFile(store, JSON.stringify(file));

    expect(readChallenge(store, 'desired-vs-running', storage).notice).toMatch(/could not be read/);
    expect(readChallenge(store, 'stuck-deployment', storage)).toEqual({ record: undefined, notice: expect.stringContaining('challenges["stuck-deployment"].score should be a whole number from 0 to 100, found nothing') });
    expect(store.challenge('stuck-deployment')).toBeUndefined();
  });
});
