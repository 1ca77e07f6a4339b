import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { splitScript, runScript } from '../../../src/sim/cli/runScript.ts';
import { runCommandLine, Shell } from '../../../src/sim/cli/shell.ts';
import { FakeSimulation } from './fakeSimulation.ts';
import { createRealSimulation } from './realEngine.ts';

const EXIT_CODES = [0, 1, 2, 127, 252, 254, 255];
const chapter = splitScript(readFileSync(new URL('./fixtures/chapter-commands.sh', import.meta.url), 'utf8')).map((c) => c.text);

function simulation(): FakeSimulation {
  const sim = new FakeSimulation().on('ListTasks', { taskArns: ['arn:1'] });
  sim.files.write('task-definition.json', readFileSync(new URL('./fixtures/task-definition.json', import.meta.url), 'utf8'));
  return sim;
}

function assertSensible(result: unknown): void {
  const r = result as { exitCode: number; stdout: string; stderr: string };
  expect(typeof r.stdout).toBe('string');
  expect(typeof r.stderr).toBe('string');
  expect(EXIT_CODES).toContain(r.exitCode);
  // A failing command always says why (inside an ECS Exec session the container's output is on stdout).
  if (r.exitCode !== 0 && r.exitCode !== 1) expect(r.stderr.length + r.stdout.length).toBeGreaterThan(0);
}

const junk = fc.constantFrom('{', '}', '[', ']', "'", '"', '\\', '$(', '`', '{"a":', '--', '--no-', '=', ',', 'file://x', '$X', '#');

describe('no input crashes the CLI layer', () => {
  it('random strings, with and without a leading "aws"', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.string({ maxLength: 80 }), (prefix, text) => {
        assertSensible(runCommandLine(simulation(), prefix ? `aws ${text}` : text));
      }),
      { numRuns: 300 },
    );
  });

  it('mutations of the chapter commands: deleted, duplicated and junk tokens, truncations', () => {
    const mutation = fc.record({
      command: fc.constantFrom(...chapter),
      kind: fc.constantFrom('delete', 'duplicate', 'insert', 'truncate'),
      at: fc.nat(),
      junk,
    });
    fc.assert(
      fc.property(mutation, ({ command, kind, at, junk: j }) => {
        const words = command.split(/(\s+)/);
        const i = at % words.length;
        let mutated: string;
        if (kind === 'delete') mutated = [...words.slice(0, i), ...words.slice(i + 1)].join('');
        else if (kind === 'duplicate') mutated = [...words.slice(0, i + 1), ' ', ...words.slice(i)].join('');
        else if (kind === 'insert') mutated = [...words.slice(0, i), j, ...words.slice(i)].join('');
        else mutated = command.slice(0, at % (command.length + 1));
        assertSensible(runCommandLine(simulation(), mutated));
      }),
      { numRuns: 400 },
    );
  });

  it('scripts of random lines', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...chapter), fc.string({ maxLength: 30 })), { maxLength: 6 }), (lines) => {
        for (const step of runScript(simulation(), lines.join('\n'))) assertSensible(step);
      }),
      { numRuns: 100 },
    );
  });
});

describe('the real engine behind the CLI', () => {
  it('answers mutated chapter commands without internal errors', () => {
    const mutation = fc.record({ i: fc.nat(), kind: fc.nat(2), at: fc.nat(), junk: fc.constantFrom('0', '-1', 'x', '[]', '{}', 'production', '99999999999') });
    fc.assert(
      fc.property(fc.array(mutation, { maxLength: 10 }), (mutations) => {
        const sim = createRealSimulation();
        const shell = new Shell(sim);
        for (const m of mutations) {
          const command = chapter[m.i % chapter.length]!;
          const words = command.split(/(\s+)/);
          const k = m.at % words.length;
          const mutated =
            m.kind === 0 ? command : m.kind === 1 ? [...words.slice(0, k), m.junk, ...words.slice(k + 1)].join('') : [...words.slice(0, k), ...words.slice(k + 1)].join('');
          const result = shell.run(mutated);
          assertSensible(result);
          expect(result.stderr).not.toContain('simulator internal error');
          sim.advance(30_000);
        }
      }),
      { numRuns: 60 },
    );
  });
});
