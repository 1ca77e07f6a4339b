/**
 * The terminal's runtime (loaded on demand by terminal-element.ts): runs lines through the simulator's `Shell`
 * (which parses everything: continuations, variables, `$(…)`, exec sessions, `sim …`), keeps a command history
 * across reloads, completes with Tab and prints each result as a block with a copy button. Errors are labelled
 * in words ("Error, exit code 252"), not only styled.
 */
import { isIncomplete, Shell, splitScript, type ShellResult } from '../../sim/index.ts';
import { completeLine } from './completion.ts';
import { getController, type SimController } from './controller.ts';
import { isPresetName, presetScript } from './presets.ts';
import { formatClock } from './layout/taskStyle.ts';

/** What the Run buttons and tests use. */
export interface TerminalRuntime {
  /**
   * Runs one command line (continuations included), as if typed: after the lines before it, and once the parts
   * of the simulator it needs have loaded (at once when they already are).
   */
  run(line: string): void;
  /** Runs every command of a code block in order; with `note`, each is labelled with it and kept out of history. */
  runScript(text: string, note?: string): void;
}

/** Dispatched on the <ecs-terminal> (bubbling) after every command it runs, e.g. for a lab panel's record. */
export interface TerminalCommandDetail {
  command: string;
  exitCode: number;
  /** Set for commands the page ran (scenario set-up, a lab's solution step), absent for the learner's own. */
  note?: string;
}
export const TERMINAL_COMMAND_EVENT = 'ecs-terminal-command';

const HISTORY_KEY = 'ecs-course:terminal-history';
const HISTORY_MAX = 200;
const LOG_MAX = 200;

const TERMINAL_HELP = `Keys: Enter runs the command (a line ending in \\ continues on the next line); Shift+Enter adds a line;
Up/Down recall earlier commands (kept in this browser); Tab completes commands, flags and names.
'clear' empties this log. Time only moves when you press Play in the time controls, or with 'sim advance 5m'.
`;

function loadHistory(): string[] {
  try {
    const parsed = JSON.parse(localStorage.getItem(HISTORY_KEY) ?? '[]') as unknown;
    return Array.isArray(parsed) ? parsed.filter((x): x is string => typeof x === 'string').slice(-HISTORY_MAX) : [];
  } catch {
    return [];
  }
}

function saveHistory(history: string[]): void {
  try {
    localStorage.setItem(HISTORY_KEY, JSON.stringify(history.slice(-HISTORY_MAX)));
  } catch {
    // storage disabled: history lasts for this page view only
  }
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function copyButton(label: string, text: () => string): HTMLButtonElement {
  const button = el('button', 'ecs-term__copy', 'Copy');
  button.type = 'button';
  button.setAttribute('aria-label', label);
  button.addEventListener('click', () => {
    void navigator.clipboard?.writeText(text()).then(
      () => {
        button.textContent = 'Copied';
        setTimeout(() => (button.textContent = 'Copy'), 1500);
      },
      () => (button.textContent = 'Copy failed'),
    );
  });
  return button;
}

/** Wires the terminal inside `host` to the page's simulation. */
export async function startTerminal(host: HTMLElement): Promise<TerminalRuntime> {
  const controller: SimController = await getController();
  const engine = controller.engine;
  const shell = new Shell(engine, { env: { AWS_REGION: 'us-east-1', AWS_DEFAULT_REGION: 'us-east-1' } });
  const log = host.querySelector<HTMLElement>('[data-log]')!;
  const form = host.querySelector<HTMLFormElement>('[data-form]')!;
  const input = host.querySelector<HTMLTextAreaElement>('[data-input]')!;
  const prompt = host.querySelector<HTMLElement>('[data-prompt]')!;
  const status = host.querySelector<HTMLElement>('[data-status]');
  const history = loadHistory();
  let cursor = history.length;
  let draft = '';

  const names = () => {
    const state = engine.view();
    return { clusters: Object.keys(state.clusters), services: [...new Set(Object.values(state.services).map((s) => s.name))] };
  };

  const append = (node: HTMLElement) => {
    log.append(node);
    while (log.childElementCount > LOG_MAX) log.firstElementChild?.remove();
    log.scrollTop = log.scrollHeight;
  };

  const print = (command: string, promptText: string, stdout: string, stderr: string, exitCode: number, note?: string) => {
    const entry = el('div', 'ecs-term__entry');
    const cmd = el('pre', 'ecs-term__cmd');
    cmd.append(el('span', 'ecs-term__ps', promptText), command);
    if (note) cmd.append(el('span', 'ecs-term__note', ` (${note})`));
    entry.append(cmd);
    if (stdout) {
      const out = el('div', 'ecs-term__out');
      out.append(el('pre', 'ecs-term__text', stdout.replace(/\n$/, '')), copyButton(`Copy output of ${command.slice(0, 60)}`, () => stdout));
      entry.append(out);
    }
    if (stderr) {
      const err = el('div', 'ecs-term__err');
      err.dataset['stream'] = 'stderr';
      err.append(
        el('p', 'ecs-term__err-label', exitCode === 0 ? 'Warning (stderr)' : `Error, exit code ${exitCode}`),
        el('pre', 'ecs-term__text', stderr.replace(/\n$/, '')),
        copyButton(`Copy error of ${command.slice(0, 60)}`, () => stderr),
      );
      entry.append(err);
    }
    append(entry);
  };

  /** Runs a line now; `failure` is printed instead when a part of the CLI it needs could not be loaded. */
  const execute = (text: string, note: string | undefined, failure?: ShellResult) => {
    const promptText = shell.prompt;
    if (!shell.inSession && text.trim() === 'clear') {
      log.replaceChildren();
      return;
    }
    // A checkpoint just before every command, so "scrub back" can return to the moment before it.
    controller.checkpointNow();
    const result = failure ?? shell.run(text);
    const stdout = !shell.inSession && text.trim() === 'help' ? result.stdout + TERMINAL_HELP : result.stdout;
    print(text, promptText, stdout, result.stderr, result.exitCode, note);
    const detail: TerminalCommandDetail = note === undefined ? { command: text, exitCode: result.exitCode } : { command: text, exitCode: result.exitCode, note };
    host.dispatchEvent(new CustomEvent<TerminalCommandDetail>(TERMINAL_COMMAND_EVENT, { detail, bubbles: true }));
    prompt.textContent = shell.prompt;
    input.setAttribute('aria-label', shell.inSession ? 'Command in the container shell (ECS Exec session)' : 'Command');
    controller.sim.page.changed();
  };

  /**
   * Lines wait here while a part of the CLI they need loads (`--query`, `--output table`, help, waiters: loaded
   * on first use), so they still run in the order given. Lines that need nothing new run at once.
   */
  let queue: Promise<void> | undefined;
  const runLine = (line: string, note?: string) => {
    const text = line.replace(/\s+$/, '');
    if (!text.trim()) return;
    if (!note) {
      if (history[history.length - 1] !== text) history.push(text);
      saveHistory(history);
      cursor = history.length;
    }
    const start = (): Promise<void> | undefined => {
      const loading = shell.prepare(text);
      if (!loading) {
        execute(text, note);
        return undefined;
      }
      log.setAttribute('aria-busy', 'true');
      return loading.then((failure) => execute(text, note, failure));
    };
    const pending = queue ? queue.then(start) : start();
    if (!pending) return;
    const settled: Promise<void> = pending
      .catch((error: unknown) => console.error(error))
      .then(() => {
        if (queue !== settled) return;
        queue = undefined;
        log.removeAttribute('aria-busy');
      });
    queue = settled;
  };

  const runtime: TerminalRuntime = {
    run: (line) => runLine(line),
    runScript(text, note) {
      for (const command of splitScript(text)) runLine(command.text, note);
      input.focus({ preventScroll: true });
    },
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const value = input.value;
    input.value = '';
    runLine(value);
  });

  input.addEventListener('keydown', (event) => {
    const before = input.value.slice(0, input.selectionStart);
    const after = input.value.slice(input.selectionEnd);
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      if (isIncomplete(input.value)) return; // a `\` or an open quote: keep typing on the next line
      event.preventDefault();
      form.requestSubmit();
    } else if (event.key === 'ArrowUp' && !before.includes('\n') && cursor > 0) {
      event.preventDefault();
      if (cursor === history.length) draft = input.value;
      input.value = history[--cursor]!;
    } else if (event.key === 'ArrowDown' && !after.includes('\n') && cursor < history.length) {
      event.preventDefault();
      cursor++;
      input.value = cursor === history.length ? draft : history[cursor]!;
    } else if (event.key === 'Tab' && !event.shiftKey && before.trim() !== '') {
      const completion = completeLine(before, names());
      if (!completion.candidates.length) return; // nothing to complete: Tab moves focus as usual
      event.preventDefault();
      const head = before.slice(0, before.length - completion.word.length) + completion.insert;
      input.value = head + after;
      input.setSelectionRange(head.length, head.length);
      if (completion.candidates.length > 1) {
        print(before.split('\n').pop() ?? before, shell.prompt, `${completion.candidates.join('  ')}\n`, '', 0, 'completions');
      }
    }
  });

  // Grow the input with its content (multi-line commands), up to the CSS max-height. Start loading the parts of
  // the simulator a command needs while it is typed (e.g. Application Auto Scaling, for Tab completion).
  input.addEventListener('input', () => {
    void shell.prepare(input.value);
    input.style.height = 'auto';
    input.style.height = `${input.scrollHeight}px`;
  });

  const preset = host.dataset['preset'] ?? 'empty';
  if (isPresetName(preset) && preset !== 'empty' && Object.keys(engine.view().services).length === 0) {
    const num = (name: string) => (host.dataset[name] !== undefined ? Number(host.dataset[name]) : undefined);
    const script = presetScript(preset, {
      desiredCount: num('desiredCount'),
      minimumHealthyPercent: num('minimumHealthyPercent'),
      maximumPercent: num('maximumPercent'),
      circuitBreaker: host.dataset['circuitBreaker'] === 'true',
    });
    for (const command of splitScript(script)) runLine(command.text, 'scenario set-up');
  }

  if (status) status.textContent = `Ready. Simulated time ${formatClock(engine.now())} UTC when the terminal started; the clock is in the time controls.`;
  input.disabled = false;
  form.querySelector('button')?.removeAttribute('disabled');
  host.dataset['ready'] = 'true';
  return runtime;
}
