import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../../../src/cli/bin/ecs-sim.mjs', import.meta.url));
const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'ecs-sim-bin-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the real bin in a child process (the Node running the tests is the project's Node 24). */
function ecsSim(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

// Each child process compiles the TypeScript through tsx (1–3 s on a shared machine).
describe('ecs-sim (child process)', { timeout: 60_000 }, () => {
  it('--help documents every command', () => {
    const r = ecsSim('--help');
    expect(r.status).toBe(0);
    for (const text of ['ecs-sim run FILE', '--seed N', '--json', 'ecs-sim repl', 'ecs-sim validate FILE.json', 'sim advance']) {
      expect(r.stdout).toContain(text);
    }
  });

  it('run prints what the CLI prints, reads file:// next to the script, and exits 0 despite failing commands', () => {
    writeFileSync(join(dir, 'my-td.json'), '{"family": "web", "containerDefinitions": [{"name": "web", "image": "nginx", "memory": 512}]}');
    const script = join(dir, 'script.sh');
    writeFileSync(
      script,
      [
        'aws ecs create-cluster --cluster-name demo --query cluster.clusterName --output text',
        "aws ecs register-task-definition --cli-input-json file://my-td.json --query 'taskDefinition.family' --output text",
        'aws ecs create-service --cluster demo',
        'echo done',
      ].join('\n'),
    );
    const r = ecsSim('run', script, '--seed', '7');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('demo\nweb\ndone\n');
    expect(r.stderr).toContain('aws: [ERROR]: the following arguments are required: --service-name');
  });

  it('run --json prints one array of steps', () => {
    const script = join(dir, 'json.sh');
    writeFileSync(script, 'echo hi\nsim advance 90s\nnope');
    const r = ecsSim('run', script, '--json');
    expect(r.status).toBe(0);
    const steps = JSON.parse(r.stdout) as { line: number; command: string; exitCode: number; stdout: string; at: string }[];
    expect(steps.map((s) => [s.line, s.command, s.exitCode])).toEqual([
      [1, 'echo hi', 0],
      [2, 'sim advance 90s', 0],
      [3, 'nope', 127],
    ]);
    expect(Date.parse(steps[2]!.at) - Date.parse(steps[1]!.at)).toBe(90_000);
  });

  it('run with --echo prefixes each command with "$ "', () => {
    const script = join(dir, 'echo.sh');
    writeFileSync(script, 'echo one');
    expect(ecsSim('run', script, '--echo').stdout).toBe('$ echo one\none\n');
  });

  it('usage errors of the tool exit 2', () => {
    expect(ecsSim('run', join(dir, 'missing.sh')).status).toBe(2);
    expect(ecsSim('run').status).toBe(2);
    expect(ecsSim('frobnicate').stderr).toContain("ecs-sim: unknown command 'frobnicate'");
    expect(ecsSim('run', join(dir, 'json.sh'), '--colour').status).toBe(2);
  });

  it('validate: 0 for the chapter task definition, 1 with located errors for a broken one', () => {
    expect(ecsSim('validate', join(FIXTURES, 'task-definition.json')).status).toBe(0);
    const bad = ecsSim('validate', join(FIXTURES, 'bad-task-definition.json'));
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain(`${join(FIXTURES, 'bad-task-definition.json')}:8:3 error fargate-invalid-cpu-memory `);
    expect(bad.stdout).toMatch(/:18:11 error \S+ Invalid type for parameter containerDefinitions\[0\]\.portMappings\[0\]\.containerPort/);
  });

  it('validate reports invalid JSON at its position', () => {
    const file = join(dir, 'broken.json');
    writeFileSync(file, '{\n "family": "x",\n}\n');
    const r = ecsSim('validate', file);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe(`${file}:3:1 error invalid-json Expecting property name enclosed in double quotes: line 3 column 1 (char 18)\n`);
  });

  it('repl runs commands from stdin, keeps variables and joins continuation lines', () => {
    const input = [
      'X=$(aws ecs create-cluster --cluster-name demo --query cluster.clusterName --output text)',
      'echo "cluster=$X"',
      'aws ecs list-clusters \\',
      '  --output text',
      'exit',
    ].join('\n');
    const r = spawnSync(process.execPath, [BIN, 'repl'], { input, encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('cluster=demo\n');
    expect(r.stdout).toContain('CLUSTERARNS\tarn:aws:ecs:us-east-1:123456789012:cluster/demo');
  });
});
