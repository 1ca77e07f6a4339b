import { describe, expect, test } from 'vitest';
import { checkDocument, MAX_CHECK_CHARS } from '../../../src/ui/editor/markers.ts';
import { CHAPTER_DOCS, variant } from './chapterDocs.ts';

/** The text a marker underlines. */
const underlined = (text: string, m: { startOffset: number; endOffset: number }) => text.slice(m.startOffset, m.endOffset);

describe('diagnostic → marker', () => {
  test.each(Object.keys(CHAPTER_DOCS))('the chapter document %s has no errors', (name) => {
    const result = checkDocument(CHAPTER_DOCS[name]!);

    expect(result.parsed).toBe(true);
    expect(result.markers.filter((m) => m.severity === 'error')).toEqual([]);
  });

  test('cpu 256 + memory 4096: AWS message on the memory value, at its exact line and columns', () => {
    const text = variant('"memory": "512"', '"memory": "4096"');

    const [m, ...rest] = checkDocument(text).markers.filter((x) => x.severity === 'error');

    expect(rest).toEqual([]);
    expect(m).toMatchObject({
      code: 'fargate-invalid-cpu-memory',
      awsErrorCode: 'ClientException',
      message: 'No Fargate configuration exists for given values: 256 CPU, 4096 memory. See the Amazon ECS documentation for the valid values.',
      docs: '/ecs-fargate/fargate-cpu-memory/#valid-combinations',
      startLineNumber: 8,
      startColumn: 13,
      endLineNumber: 8,
      endColumn: 19,
    });
    expect(underlined(text, m!)).toBe('"4096"');
  });

  test('networkMode bridge is underlined on the value', () => {
    const text = variant('"networkMode": "awsvpc"', '"networkMode": "bridge"');

    const m = checkDocument(text).markers.find((x) => x.code === 'fargate-network-mode')!;

    expect(m.message).toBe('Fargate only supports network mode ‘awsvpc’.');
    expect(underlined(text, m)).toBe('"bridge"');
  });

  test('a missing task-level member points at "family"', () => {
    const text = variant('  "networkMode": "awsvpc",\n', '');

    const m = checkDocument(text).markers.find((x) => x.code === 'fargate-network-mode')!;

    expect(underlined(text, m)).toBe('"family": "user-service"');
  });

  test('a missing container member points at the container\'s name', () => {
    const doc = JSON.parse(CHAPTER_DOCS['user-service']!);
    delete doc.containerDefinitions[0].healthCheck;
    const text = JSON.stringify(doc, null, 2);

    const m = checkDocument(text).markers.find((x) => x.code === 'essential-container-without-health-check')!;

    expect(m.severity).toBe('warning');
    expect(underlined(text, m)).toBe('"name": "user-service"');
  });

  test('a multi-line value is underlined on its key only', () => {
    const doc = JSON.parse(CHAPTER_DOCS['user-service']!);
    doc.containerDefinitions[0].environment = { NODE_ENV: 'production', PORT: '3000' };
    const text = JSON.stringify(doc, null, 2);

    const m = checkDocument(text).markers.find((x) => x.code === 'param-invalid-type')!;

    expect(m.startLineNumber).toBe(m.endLineNumber);
    expect(underlined(text, m)).toBe('"environment"');
  });

  test('markers on a one-line document still have exact columns', () => {
    const text = '{"family":"w","networkMode":"awsvpc","requiresCompatibilities":["FARGATE"],"cpu":"256","memory":"4096","containerDefinitions":[{"name":"a","image":"nginx:1.27"}]}';

    const m = checkDocument(text).markers.find((x) => x.code === 'fargate-invalid-cpu-memory')!;

    expect(m.startLineNumber).toBe(1);
    expect(m.startColumn).toBe(text.indexOf('"4096"') + 1);
    expect(underlined(text, m)).toBe('"4096"');
  });

  test('invalid JSON gives no ECS markers (the JSON language reports the syntax error)', () => {
    const result = checkDocument('{"family": "x",');

    expect(result).toMatchObject({ parsed: false, markers: [] });
    expect(result.note).toBeUndefined();
  });

  test('a document that is not an object gets the CLI\'s type error on the whole document', () => {
    const result = checkDocument('[1, 2]');

    expect(result.markers[0]).toMatchObject({ code: 'param-invalid-type', startOffset: 0, endOffset: 6 });
  });
});

describe('huge and pathological documents', () => {
  test('a 1 MB document with a thousand containers is checked completely (in the worker, off the typing thread)', () => {
    const doc = JSON.parse(CHAPTER_DOCS['user-service']!);
    const c = doc.containerDefinitions[0];
    doc.containerDefinitions = Array.from({ length: 1300 }, (_, i) => ({ ...c, name: `c${i}`, portMappings: [{ containerPort: 3000 + i }] }));
    const text = JSON.stringify(doc);

    const result = checkDocument(text);

    expect(text.length).toBeGreaterThan(1_000_000);
    expect(text.length).toBeLessThan(MAX_CHECK_CHARS);
    expect(result.parsed).toBe(true);
    expect(result.ms).toBeLessThan(20_000);
    expect(result.markers.length).toBeLessThanOrEqual(500);
  });

  test('nesting deeper than the parser can follow gives a note, not a crash', () => {
    const text = `{"family":"x","tags":${'['.repeat(200_000)}${']'.repeat(200_000)}}`;

    const result = checkDocument(text);

    expect(result.parsed).toBe(false);
    expect(result.note).toMatch(/too deep to check/);
  });

  test('a document over the size limit is not checked, and the note says so', () => {
    const text = `{"family": "${'x'.repeat(MAX_CHECK_CHARS)}"}`;

    const result = checkDocument(text);

    expect(result.markers).toEqual([]);
    expect(result.note).toMatch(/paused/);
  });
});
