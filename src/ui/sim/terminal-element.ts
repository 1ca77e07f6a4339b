/**
 * <ecs-terminal>: the page's AWS CLI terminal. This file is what every page with a terminal ships up front and it
 * stays tiny: it adds "Run" buttons to the lesson's bash blocks and loads the real terminal (terminal.ts, with
 * the simulator) with `import()` when the element approaches the viewport or a Run button is pressed.
 */
import { whenNear, showLoadError } from './lazy.ts';

type Runtime = typeof import('./terminal.ts');

/** The bash blocks on the page that hold simulator commands. */
function runnableBlocks(): HTMLPreElement[] {
  return [...document.querySelectorAll<HTMLPreElement>('pre[data-language="bash"], pre[data-language="sh"], pre[data-language="shell"]')].filter(
    (pre) => !pre.closest('ecs-terminal') && /(^|\n)\s*(aws|sim) /.test(pre.textContent ?? ''),
  );
}

class EcsTerminalElement extends HTMLElement {
  private runtime: Promise<import('./terminal.ts').TerminalRuntime> | undefined;
  private cancel: (() => void) | undefined;

  connectedCallback(): void {
    this.cancel = whenNear(this, () => void this.start());
    if (!document.querySelector('ecs-terminal[data-run-buttons]')) {
      this.dataset['runButtons'] = '';
      for (const pre of runnableBlocks()) this.addRunButton(pre);
    }
  }

  disconnectedCallback(): void {
    this.cancel?.();
  }

  /** Loads the terminal (once). */
  start(): Promise<import('./terminal.ts').TerminalRuntime> {
    this.runtime ??= import('./terminal.ts')
      .then((m: Runtime) => m.startTerminal(this))
      .catch((error: unknown) => {
        this.runtime = undefined;
        showLoadError(this, error);
        throw error;
      });
    return this.runtime;
  }

  private addRunButton(pre: HTMLPreElement): void {
    const bar = document.createElement('div');
    bar.className = 'ecs-run-bar';
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'ecs-run-button';
    button.textContent = 'Run in terminal';
    const firstLine = (pre.textContent ?? '').split('\n').find((l) => /^\s*(aws|sim) /.test(l))?.trim() ?? '';
    button.setAttribute('aria-label', `Run in terminal: ${firstLine.slice(0, 80)}`);
    button.addEventListener('click', () => {
      this.scrollIntoView({ block: 'nearest', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
      void this.start().then((t) => t.runScript(pre.textContent ?? ''));
    });
    bar.append(button);
    pre.after(bar);
  }
}

if (!customElements.get('ecs-terminal')) customElements.define('ecs-terminal', EcsTerminalElement);
