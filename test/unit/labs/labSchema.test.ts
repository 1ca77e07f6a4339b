import { describe, expect, test } from 'vitest';
import { parseLab, buildScenario } from '../../../src/labs/index.ts';
import { defaultScenario } from '../../../src/sim/index.ts';

const GOOD = {
  title: 'T',
  module: 'ecs-fargate',
  estimatedMinutes: 5,
  scenario: { base: 'default' },
  steps: [
    { id: 'one', title: 'One', check: { kind: 'state', predicate: 'exec.sessionCount', expect: { atLeast: 1 } }, failMessage: 'No session ({actual}).', hints: ['h'] },
  ],
  solution: [{ step: 'one', script: 'sim time' }],
};

function problems(patch: (lab: any) => void): string[] {
  const lab = structuredClone(GOOD) as any;
  patch(lab);
  const yaml = `---\n${JSON.stringify(lab)}\n---\nBody\n`;
  const r = parseLab(yaml);
  return r.ok ? [] : r.problems.map((p) => `${p.field}: ${p.message}`);
}

describe('lab schema: author-facing errors', () => {
  test('accepts a minimal lab', () => {
    expect(problems(() => {})).toEqual([]);
  });
  test('needs one solution entry per step, in order', () => {
    expect(problems((l) => (l.solution = []))).toEqual(['solution: solution needs one entry per step, in step order: expected [one], found []']);
  });
  test('rejects unknown predicates and wrong arguments', () => {
    expect(problems((l) => (l.steps[0].check.predicate = 'service.runing'))[0]).toContain('unknown predicate "service.runing"');
    expect(problems((l) => (l.steps[0].check = { kind: 'state', predicate: 'service.steady', args: { cluster: 'p' } }))).toEqual(['steps[0].check: predicate "service.steady" needs args.service']);
  });
  test('rejects a check kind, a non-aws command, two operators and unknown placeholders', () => {
    expect(problems((l) => (l.steps[0].check = { kind: 'shell', command: 'ls' }))[0]).toContain('check.kind must be "cli"');
    expect(problems((l) => (l.steps[0].check = { kind: 'cli', command: 'sim state', expect: { equals: 1 } }))[0]).toContain('starting with "aws "');
    expect(problems((l) => (l.steps[0].check.expect = { atLeast: 1, atMost: 3 }))[0]).toContain('exactly one of equals, atLeast, atMost, contains, matches');
    expect(problems((l) => (l.steps[0].failMessage = 'Got {value}'))[0]).toContain('only use the placeholders {actual} and {expected}');
  });
  test('rejects unknown fields, fault kinds and role names', () => {
    expect(problems((l) => (l.steps[0].hint = ['x']))[0]).toBe('steps[0]: unknown field(s) "hint"; check the spelling');
    expect(problems((l) => (l.scenario.patch = { faults: [{ kind: 'disk-full' }] }))[0]).toContain('fault kind must be one of image-not-found');
    expect(problems((l) => (l.scenario.patch = { removePermissions: [{ role: 'nobody', actions: ['ecr:*'] }] }))[0]).toContain('there is no role "nobody"');
  });
  test('turns starter.<name> folder files into virtual files, and refuses a file given twice', () => {
    const text = `---\n${JSON.stringify(GOOD)}\n---\n`;
    const r = parseLab(text, { 'starter.td.json': '{}', 'notes.txt': 'ignored' });
    expect(r.ok && r.lab.files).toEqual({ 'td.json': '{}' });
    const twice = parseLab(`---\n${JSON.stringify({ ...GOOD, files: { 'td.json': '[]' } })}\n---\n`, { 'starter.td.json': '{}' });
    expect(twice.ok ? [] : twice.problems).toEqual([{ field: 'files.td.json', message: '"td.json" is given both in frontmatter files and as starter.td.json; keep one' }]);
  });

  test('says when the frontmatter is missing', () => {
    const r = parseLab('# just a heading');
    expect(r.ok).toBe(false);
  });
});

describe('buildScenario', () => {
  test('patches a copy and leaves the default scenario alone', () => {
    const before = JSON.stringify(defaultScenario);
    const s = buildScenario(
      {
        base: 'default',
        patch: {
          removePermissions: [{ role: 'ecsTaskExecutionRole', actions: ['secretsmanager:GetSecretValue'] }],
          repositoryTags: { 'user-service': ['v1.2.4'] },
          resources: { subnets: [{ id: 'subnet-0a1b2c3d4e5f', vpcId: 'vpc-0a1b2c3d4e5f6a7b8', availabilityZone: 'us-east-1a', cidrBlock: '10.0.1.0/28', availableIpAddressCount: 1, routeToAwsServices: true, routeToInternet: true, public: false }] },
          clusters: ['production'],
          faults: [{ kind: 'out-of-memory', options: { service: 'user-service' } }],
        },
      },
      'lab:x',
    );
    expect(JSON.stringify(defaultScenario)).toBe(before);
    expect(s.id).toBe('lab:x');
    expect(s.resources.roles.find((r) => r.name === 'ecsTaskExecutionRole')!.permissions.flatMap((p) => p.actions)).not.toContain('secretsmanager:GetSecretValue');
    expect(s.resources.repositories.find((r) => r.name === 'user-service')!.tags).toEqual(['v1.2.4']);
    expect(s.resources.subnets.filter((x) => x.id === 'subnet-0a1b2c3d4e5f')).toHaveLength(1);
    expect(s.resources.subnets.find((x) => x.id === 'subnet-0a1b2c3d4e5f')!.availableIpAddressCount).toBe(1);
    expect(s.clusters).toEqual(['production']);
    expect(s.faults).toEqual([{ kind: 'out-of-memory', options: { service: 'user-service' } }]);
  });
});
