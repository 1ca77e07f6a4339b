import { describe, expect, test } from 'vitest';
import { validateTaskDefinition } from '../../../src/sim/index.ts';
import { applyEdits, quickFixesFor, SAMPLE_EXECUTION_ROLE_ARN } from '../../../src/ui/editor/quickFixes.ts';
import { CHAPTER_DOCS, variant } from './chapterDocs.ts';

/** The diagnostic with this code on the text (fails the test when absent). */
function diagnostic(text: string, code: string) {
  const d = validateTaskDefinition(JSON.parse(text)).find((x) => x.code === code);
  if (!d) throw new Error(`expected a ${code} diagnostic`);
  return d;
}

/** Applies the fix with this index and returns the new text. */
function fixed(text: string, code: string, which = 0): string {
  const fixes = quickFixesFor(text, diagnostic(text, code));
  expect(fixes.length).toBeGreaterThan(which);
  return applyEdits(text, fixes[which]!.edits);
}

const codes = (text: string) => validateTaskDefinition(JSON.parse(text)).map((d) => d.code);

describe('quick fixes', () => {
  test('cpu 256 with memory 4096: the preferred fix sets the nearest valid memory and the error goes away', () => {
    const text = variant('"memory": "512"', '"memory": "4096"');

    const fixes = quickFixesFor(text, diagnostic(text, 'fargate-invalid-cpu-memory'));
    const out = applyEdits(text, fixes[0]!.edits);

    expect(fixes[0]!.title).toBe('Set memory to "2048" (the nearest size Fargate offers with 256 CPU)');
    expect(fixes[0]!.isPreferred).toBe(true);
    expect(JSON.parse(out).memory).toBe('2048');
    expect(codes(out)).not.toContain('fargate-invalid-cpu-memory');
    expect(out).toBe(text.replace('"memory": "4096"', '"memory": "2048"'));
  });

  test('cpu 256 with memory 4096: the reverse fix raises cpu to the smallest size that allows the memory', () => {
    const text = variant('"memory": "512"', '"memory": "4096"');

    const out = fixed(text, 'fargate-invalid-cpu-memory', 1);

    expect(JSON.parse(out).cpu).toBe('512');
    expect(codes(out)).not.toContain('fargate-invalid-cpu-memory');
  });

  test('a cpu Fargate does not offer moves both values to the nearest valid pair', () => {
    const text = variant('"cpu": "256"', '"cpu": "300"');

    const out = fixed(text, 'fargate-invalid-cpu-memory');

    expect(JSON.parse(out)).toMatchObject({ cpu: '256', memory: '512' });
    expect(codes(out).filter((c) => c.startsWith('fargate'))).toEqual([]);
  });

  test('vCPU and GB forms are understood', () => {
    const text = variant('"cpu": "256",\n  "memory": "512"', '"cpu": "1 vCPU",\n  "memory": "1 GB"');

    const out = fixed(text, 'fargate-invalid-cpu-memory');

    expect(JSON.parse(out).memory).toBe('2048');
  });

  test('networkMode bridge becomes awsvpc in place', () => {
    const text = variant('"networkMode": "awsvpc"', '"networkMode": "bridge"');

    const out = fixed(text, 'fargate-network-mode');

    expect(out).toBe(CHAPTER_DOCS['user-service']);
  });

  test('a missing networkMode is added as the last task-level member, indented like its siblings', () => {
    const text = variant('  "networkMode": "awsvpc",\n', '');

    const out = fixed(text, 'fargate-network-mode');

    expect(JSON.parse(out).networkMode).toBe('awsvpc');
    expect(out).toMatch(/\n {2}\],\n {2}"networkMode": "awsvpc"\n\}\n$/);
    expect(codes(out)).not.toContain('fargate-network-mode');
  });

  test('a missing execution role is added with the course ARN (awslogs needs it)', () => {
    const text = variant('  "executionRoleArn": "arn:aws:iam::123456789012:role/ecsTaskExecutionRole",\n', '');

    const out = fixed(text, 'fargate-execution-role-awslogs');

    expect(JSON.parse(out).executionRoleArn).toBe(SAMPLE_EXECUTION_ROLE_ARN);
    expect(codes(out).filter((c) => c.includes('execution-role'))).toEqual([]);
  });

  test('a secret-looking environment variable moves into the existing secrets list', () => {
    const text = variant('"name": "LOG_LEVEL",\n          "value": "info"', '"name": "DB_PASSWORD",\n          "value": "hunter2"');

    const out = fixed(text, 'environment-secret-literal');
    const c = JSON.parse(out).containerDefinitions[0];

    expect(c.environment.map((e: { name: string }) => e.name)).toEqual(['NODE_ENV', 'PORT']);
    expect(c.secrets.at(-1)).toEqual({
      name: 'DB_PASSWORD',
      valueFrom: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:user-service/db-password',
    });
    expect(out).not.toContain('hunter2');
    expect(codes(out)).not.toContain('environment-secret-literal');
  });

  test('a secret in the middle of environment, with no secrets list yet, creates one next to environment', () => {
    const base = JSON.parse(CHAPTER_DOCS['user-service']!);
    delete base.containerDefinitions[0].secrets;
    base.containerDefinitions[0].environment.splice(1, 0, { name: 'API_TOKEN', value: 'abc' });
    const text = JSON.stringify(base, null, 4);

    const out = fixed(text, 'environment-secret-literal');
    const c = JSON.parse(out).containerDefinitions[0];

    expect(c.environment.map((e: { name: string }) => e.name)).toEqual(['NODE_ENV', 'PORT', 'LOG_LEVEL']);
    expect(c.secrets).toEqual([{ name: 'API_TOKEN', valueFrom: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:user-service/api-token' }]);
    expect(out).toContain('\n            "secrets": [\n                {\n                    "name": "API_TOKEN"');
  });

  test('the only environment variable moving out leaves an empty list', () => {
    const text = '{"family":"x","containerDefinitions":[{"name":"a","image":"nginx:1.27","environment":[{"name":"SECRET_KEY","value":"s"}]}]}';

    const out = fixed(text, 'environment-secret-literal');

    expect(JSON.parse(out).containerDefinitions[0]).toMatchObject({ environment: [], secrets: [{ name: 'SECRET_KEY' }] });
  });

  test('hostPort becomes equal to containerPort', () => {
    const text = variant('"containerPort": 3000,', '"containerPort": 3000,\n          "hostPort": 8080,');

    const out = fixed(text, 'awsvpc-host-port-mismatch');

    expect(JSON.parse(out).containerDefinitions[0].portMappings[0]).toEqual({ containerPort: 3000, hostPort: 3000, protocol: 'tcp' });
  });

  test('missing task cpu and memory are added with a valid pair', () => {
    const text = variant('  "cpu": "256",\n  "memory": "512",\n', '');

    const withCpu = fixed(text, 'fargate-cpu-required');
    const both = fixed(withCpu, 'fargate-memory-required');

    expect(JSON.parse(both)).toMatchObject({ cpu: '256', memory: '512' });
    expect(codes(both).filter((c) => c.startsWith('fargate'))).toEqual([]);
  });

  test('no fix for invalid JSON, for codes without a fix, or for a document edited since', () => {
    expect(quickFixesFor('{"family": ', { code: 'fargate-network-mode', path: ['networkMode'] })).toEqual([]);
    expect(quickFixesFor(CHAPTER_DOCS['user-service']!, { code: 'image-tag-latest', path: [] })).toEqual([]);
    expect(quickFixesFor(CHAPTER_DOCS['user-service']!, { code: 'awsvpc-host-port-mismatch', path: ['containerDefinitions', 0, 'portMappings', 0, 'hostPort'] })).toEqual([]);
  });
});
