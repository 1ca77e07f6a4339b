/**
 * `ecs-sim repl`: an interactive terminal on a fresh simulation, with readline history, `\` continuation
 * lines (prompt `> `), ECS Exec sessions (prompt `# `) and `sim` directives.
 */
import { createInterface } from 'node:readline';

import { isIncomplete, Shell } from '../../sim/index.ts';
import { createEngine } from './loadEngine.ts';
import { scriptFileReader } from './runCommand.ts';

/** Runs the repl until `exit` or end of input; returns the exit code. */
export async function runRepl(options: { seed: string | undefined }): Promise<number> {
  const sim = await createEngine(options.seed);
  const shell = new Shell(sim, { readFile: scriptFileReader(process.cwd(), (p) => sim.files.read(p)) });
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY, historySize: 500 });
  if (process.stdin.isTTY) process.stdout.write("ecs-sim repl: AWS CLI commands and 'sim' directives ('sim help', 'exit' to leave)\n");
  let pending = '';
  let exitCode = 0;
  rl.setPrompt(shell.prompt);
  rl.prompt();
  for await (const line of rl) {
    pending = pending ? `${pending}\n${line}` : line;
    if (!shell.inSession && isIncomplete(pending)) {
      rl.setPrompt('> ');
      rl.prompt();
      continue;
    }
    const result = shell.run(pending);
    pending = '';
    process.stdout.write(result.stdout);
    process.stderr.write(result.stderr);
    if (result.exit) {
      exitCode = result.exitCode;
      break;
    }
    rl.setPrompt(shell.prompt);
    rl.prompt();
  }
  rl.close();
  return exitCode;
}
