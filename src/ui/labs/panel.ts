/**
 * The lab panel's runtime (loaded with import() by element.ts): ticks steps live as the page's simulation
 * reaches them, the Check button with the first failing step's message, progressive hints, "Show solution"
 * (the reference next to what the learner did, applied one step at a time in the terminal), "Reset lab", and
 * completion. Everything it says goes to one aria-live region; its state is saved per lab (session.ts).
 */
import { evaluateStep } from '../../labs/evaluate.ts';
import { prepareLab } from '../../labs/startLab.ts';
import type { Lab } from '../../labs/labSchema.ts';
import { getController } from '../sim/controller.ts';
import { TERMINAL_COMMAND_EVENT, type TerminalCommandDetail, type TerminalRuntime } from '../sim/terminal.ts';
import { subscribeSimulation } from '../sim-store.ts';
import { parseStartDeclaration } from '../sim-start.ts';
import { advance, type StepOutcome } from './progress.ts';
import { recordLab } from './progress-bridge.ts';
import { clearSession, emptySession, loadSession, recordCommand, saveSession, type LabSession, type SessionStorage } from './session.ts';
import { compareSolution } from './solution-diff.ts';

/** Live evaluation runs at most this often (ms) while the clock plays; commands are checked as soon as idle. */
const EVALUATE_EVERY_MS = 250;

function pageStorage(): SessionStorage {
  try {
    return window.localStorage;
  } catch {
    const mem = new Map<string, string>();
    return { getItem: (k) => mem.get(k) ?? null, setItem: (k, v) => void mem.set(k, v), removeItem: (k) => void mem.delete(k) };
  }
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Wires the panel inside `root` (server-rendered by LabPanel.astro) to the page's simulation. */
export async function mountLabPanel(root: HTMLElement): Promise<void> {
  const q = <T extends Element>(sel: string, from: ParentNode = root) => from.querySelector<T>(sel)!;
  const status = q<HTMLElement>('[data-status]');
  const live = q<HTMLElement>('[data-live]');
  const script = document.querySelector('script[data-sim-start]');
  const parsed = parseStartDeclaration(script?.textContent ?? '');
  if (!parsed.ok) throw new Error(`the lab could not be read (${parsed.problem})`);
  const { id: labId, lab } = parsed.declaration as { id: string; lab: Lab };
  const steps = lab.steps;
  const ids = steps.map((s) => s.id);
  const storage = pageStorage();
  const loaded = loadSession(storage, labId, steps.map((s) => ({ id: s.id, hints: s.hints.length })));
  let session: LabSession = loaded.session;

  // The checks' --query needs JMESPath, which the browser loads on first use.
  const [controller] = await Promise.all([getController(), prepareLab(lab)]);
  const engine = controller.engine;

  // --- saying things ---------------------------------------------------------------------------------------
  let liveTimer: ReturnType<typeof setTimeout> | undefined;
  const say = (text: string) => {
    // Cleared first so the same sentence twice is announced twice.
    live.textContent = '';
    clearTimeout(liveTimer);
    liveTimer = setTimeout(() => (live.textContent = text), 30);
  };
  const save = () => {
    if (!saveSession(storage, session)) status.textContent = 'Your work on this lab cannot be saved in this browser (storage is full or disabled); it lasts until you leave the page.';
  };
  const stepLabel = (i: number) => `Step ${i + 1} of ${steps.length}, “${steps[i]!.title}”`;

  // --- steps -----------------------------------------------------------------------------------------------
  const items = steps.map((s) => q<HTMLLIElement>(`[data-step="${CSS.escape(s.id)}"]`));
  const messages = items.map((li) => q<HTMLElement>('[data-step-message]', li));
  const render = (nextIndex: number | undefined) => {
    items.forEach((li, i) => {
      const state = ids[i]! in session.reached ? 'done' : i === nextIndex ? 'current' : 'todo';
      li.dataset['state'] = state;
      q<HTMLElement>('[data-step-state]', li).textContent = state === 'done' ? 'Done' : state === 'current' ? 'Next' : 'Not done yet';
      if (state === 'done') messages[i]!.hidden = true;
    });
    const done = ids.filter((id) => id in session.reached).length;
    q<HTMLElement>('[data-count]').textContent = `${done} of ${steps.length} steps done`;
    q<HTMLElement>('[data-complete]').hidden = session.completedAt === undefined;
    root.dataset['complete'] = String(session.completedAt !== undefined);
    if (solutionOpen) renderSolution();
  };

  let evaluating = false;
  let lastNext: number | undefined;
  const evaluate = (): ReturnType<typeof advance> => {
    evaluating = true; // CLI checks are API calls: the engine notifies for them too; ignore our own
    try {
      return advance(ids, session.reached, engine.now(), (i): StepOutcome => evaluateStep(engine, steps[i]!));
    } finally {
      evaluating = false;
    }
  };
  const update = (): ReturnType<typeof advance> => {
    const result = evaluate();
    session.reached = result.reached;
    const announcements: string[] = [];
    for (const id of result.lost) announcements.push(`${stepLabel(ids.indexOf(id))}, is no longer done: the simulation went back to before it.`);
    for (const id of result.gained) announcements.push(`${stepLabel(ids.indexOf(id))}, passed.`);
    const complete = result.next === undefined;
    if (complete && session.completedAt === undefined) {
      session.completedAt = Date.now();
      announcements.push(`Lab complete: all ${steps.length} steps pass.`);
    } else if (!complete) delete session.completedAt;
    if (result.gained.length || result.lost.length || complete) {
      recordLab(labId, { passedSteps: ids.filter((id) => id in session.reached), completed: complete });
    }
    if (announcements.length) say(announcements.join(' '));
    lastNext = result.next?.index;
    render(lastNext);
    save();
    return result;
  };

  // Live ticking: after each change, at most every EVALUATE_EVERY_MS, after the terminal has printed.
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    if (evaluating || timer !== undefined) return;
    timer = setTimeout(() => {
      timer = undefined;
      update();
    }, EVALUATE_EVERY_MS);
  };
  engine.subscribe(schedule);
  subscribeSimulation(schedule);

  // The learner's commands, for the solution comparison.
  document.addEventListener(TERMINAL_COMMAND_EVENT, (e) => {
    const { command, note } = (e as CustomEvent<TerminalCommandDetail>).detail;
    recordCommand(session, note === undefined ? { text: command } : { text: command, note });
    save();
    if (solutionOpen) renderSolution();
  });

  // --- Check -----------------------------------------------------------------------------------------------
  q<HTMLButtonElement>('[data-action="check"]').addEventListener('click', () => {
    clearTimeout(timer);
    timer = undefined;
    const result = update();
    for (const m of messages) m.hidden = true;
    if (!result.next) {
      say(`All ${steps.length} steps pass. Lab complete.`);
      return;
    }
    const { index, outcome } = result.next;
    messages[index]!.textContent = outcome.message;
    messages[index]!.hidden = false;
    say(`${stepLabel(index)}, is not done yet: ${outcome.message}`);
  });

  // --- hints -----------------------------------------------------------------------------------------------
  const renderHints = (i: number) => {
    const shown = session.hints[ids[i]!] ?? 0;
    const hints = [...items[i]!.querySelectorAll<HTMLElement>('[data-hint]')];
    hints.forEach((h, n) => (h.hidden = n >= shown));
    q<HTMLElement>('[data-hint-list]', items[i]!).hidden = shown === 0;
    const button = q<HTMLButtonElement>('[data-action="hint"]', items[i]!);
    if (shown >= hints.length) {
      button.textContent = hints.length === 1 ? 'Hint shown' : 'All hints shown';
      button.disabled = true;
    } else {
      button.textContent = shown === 0 ? `Show a hint (1 of ${hints.length})` : `Show the next hint (${shown + 1} of ${hints.length})`;
      button.disabled = false;
    }
  };
  items.forEach((li, i) => {
    renderHints(i);
    q<HTMLButtonElement>('[data-action="hint"]', li).addEventListener('click', () => {
      const total = steps[i]!.hints.length;
      const shown = Math.min(total, (session.hints[ids[i]!] ?? 0) + 1);
      session.hints[ids[i]!] = shown;
      save();
      renderHints(i);
      say(`Hint ${shown} of ${total} for step ${i + 1}: ${steps[i]!.hints[shown - 1]}`);
    });
  });

  // --- solution --------------------------------------------------------------------------------------------
  const solutionToggle = q<HTMLButtonElement>('[data-action="solution"]');
  const solutionBox = q<HTMLElement>('[data-solution]');
  let solutionOpen = false;
  const terminal = () => document.querySelector<HTMLElement & { start?: () => Promise<TerminalRuntime> }>('ecs-terminal');

  const renderSolution = () => {
    const cmp = compareSolution(steps, lab.solution, session.reached, session.applied, session.commands);
    const list = el('ol', 'lab-solution__steps');
    const firstTodo = cmp.steps.findIndex((s) => s.status === 'todo');
    cmp.steps.forEach((s, i) => {
      const li = el('li', 'lab-solution__step');
      li.dataset['status'] = s.status;
      const head = el('h4', 'lab-solution__title', `Step ${i + 1}: ${s.title}`);
      const state = el('p', 'lab-solution__state', s.status === 'done' ? 'Done by you.' : s.status === 'applied' ? 'Done by applying the solution.' : 'Not done yet.');
      const lines = el('ul', 'lab-solution__lines');
      for (const line of s.lines) {
        const item = el('li');
        const pre = el('pre', 'lab-solution__cmd');
        pre.append(el('code', undefined, line.command));
        const yours = el('p', 'lab-solution__yours');
        if (line.yours !== undefined) {
          yours.append(line.yours === line.command ? 'You ran exactly this.' : 'You ran: ', ...(line.yours === line.command ? [] : [el('code', undefined, line.yours)]));
        } else yours.textContent = line.action === undefined ? '' : 'You have not run this.';
        item.append(pre);
        if (yours.textContent) item.append(yours);
        lines.append(item);
      }
      li.append(head, state, lines);
      if (i === firstTodo) {
        const apply = el('button', 'lab-button', `Apply step ${i + 1} in the terminal`);
        apply.type = 'button';
        apply.dataset['action'] = 'apply';
        apply.dataset['stepIndex'] = String(i);
        li.append(apply);
      }
      list.append(li);
    });
    const others = el('p', 'lab-solution__others', cmp.others.length ? `Your other commands: ${cmp.others.join(', ')}.` : '');
    const target = q<HTMLElement>('[data-solution-steps]', solutionBox);
    const focused = document.activeElement && target.contains(document.activeElement) ? (document.activeElement as HTMLElement).dataset['action'] : undefined;
    target.replaceChildren(list, ...(others.textContent ? [others] : []));
    if (focused === 'apply') target.querySelector<HTMLButtonElement>('[data-action="apply"]')?.focus();
  };

  solutionToggle.addEventListener('click', () => {
    solutionOpen = !solutionOpen;
    solutionBox.hidden = !solutionOpen;
    solutionToggle.setAttribute('aria-expanded', String(solutionOpen));
    solutionToggle.textContent = solutionOpen ? 'Hide solution' : 'Show solution';
    if (solutionOpen) {
      renderSolution();
      say('The reference solution is shown below the steps, next to what you did. Nothing was changed.');
    }
  });

  solutionBox.addEventListener('click', (e) => {
    const button = (e.target as Element).closest<HTMLButtonElement>('button[data-action="apply"]');
    if (!button) return;
    const i = Number(button.dataset['stepIndex']);
    const step = steps[i];
    const ref = lab.solution.find((s) => s.step === step?.id);
    const term = terminal();
    if (!step || !ref || !term?.start) return;
    button.disabled = true;
    void term.start().then(
      (runtime) => {
        if (!session.applied.includes(step.id)) session.applied.push(step.id);
        runtime.runScript(ref.script, `solution, step ${i + 1}`);
        clearTimeout(timer);
        timer = undefined;
        const result = update();
        const now = step.id in session.reached ? `${stepLabel(i)}, is now done.` : `${stepLabel(i)}, is not done yet: ${result.next?.outcome.message ?? ''}`;
        say(`Applied step ${i + 1} of the solution in the terminal; its commands are in the terminal log, marked “solution, step ${i + 1}”. ${now}`);
      },
      () => {
        button.disabled = false;
        say('The terminal could not be started, so the step was not applied.');
      },
    );
  });

  // --- reset -----------------------------------------------------------------------------------------------
  const dialog = q<HTMLDialogElement>('[data-reset-dialog]');
  const discardEditor = dialog.querySelector<HTMLInputElement>('[data-discard-editor]');
  q<HTMLButtonElement>('[data-action="reset"]').addEventListener('click', () => {
    if (discardEditor) discardEditor.checked = false;
    dialog.showModal();
  });
  q<HTMLButtonElement>('[data-action="cancel-reset"]', dialog).addEventListener('click', () => dialog.close());
  q<HTMLButtonElement>('[data-action="confirm-reset"]', dialog).addEventListener('click', () => {
    const discard = discardEditor?.checked === true;
    dialog.close();
    void controller.reset().then(() => {
      clearSession(storage, labId);
      session = emptySession(labId);
      for (const m of messages) m.hidden = true;
      items.forEach((_, i) => renderHints(i));
      if (discard) discardEditorDrafts();
      clearTimeout(timer);
      timer = undefined;
      update();
      recordLab(labId, { passedSteps: [], completed: false });
      say(`The lab was reset: the simulation is back at the lab's start and every step is unticked.${discard ? ' Your editor edits were discarded.' : ' Your editor edits and the terminal log were kept.'}`);
      q<HTMLButtonElement>('[data-action="reset"]').focus();
    });
  });

  // --- start -----------------------------------------------------------------------------------------------
  update();
  status.textContent = loaded.notice ?? 'Steps tick as you work. Check explains what is missing.';
  for (const b of root.querySelectorAll<HTMLButtonElement>('button[data-action]')) if (b.dataset['action'] !== 'hint') b.disabled = false;
  root.dataset['ready'] = 'true';
}

/** Resets every task-definition editor on the page to its starting document (undoable in an open editor). */
function discardEditorDrafts(): void {
  for (const editor of document.querySelectorAll<HTMLElement>('ecs-taskdef-editor')) {
    const reset = editor.querySelector<HTMLButtonElement>('[data-toolbar]:not([hidden]) [data-action="reset"]');
    if (reset) {
      reset.click();
      continue;
    }
    try {
      localStorage.removeItem(`ecs-course:taskdef-editor:${editor.dataset['id']}`);
    } catch {
      // nothing saved
    }
    delete editor.dataset['draft'];
  }
}
