/**
 * Connects the progress store (src/lib/progress/store.ts) to the page: marks the current lesson
 * started, the complete/undo button, ticks and statuses in lists, notices. Export and import are in
 * progress-tools.ts, loaded on first use.
 */
import { createProgressStore, type ProgressStore, type StorageLike } from '../lib/progress/store.ts';

const LABELS = { 'not-started': 'Not started', started: 'Started', complete: 'Completed' } as const;

function storage(): StorageLike {
  try {
    return window.localStorage;
  } catch {
    const mem = new Map<string, string>();
    return { getItem: (k) => mem.get(k) ?? null, setItem: (k, v) => void mem.set(k, v) };
  }
}

function render(store: ProgressStore): void {
  for (const a of document.querySelectorAll<HTMLElement>('[data-progress-key]')) {
    const s = store.status(a.dataset['progressKey']!);
    a.dataset['status'] = s;
    const label = a.querySelector('[data-progress-label]');
    if (label) label.textContent = s === 'complete' ? ' (completed)' : '';
  }
  for (const el of document.querySelectorAll<HTMLElement>('[data-status-key]')) {
    const s = store.status(el.dataset['statusKey']!);
    el.dataset['status'] = s;
    el.textContent = LABELS[s];
  }
  for (const card of document.querySelectorAll<HTMLElement>('[data-module-progress]')) {
    const keys = card.dataset['moduleProgress']!.split(' ').filter(Boolean);
    const done = keys.filter((k) => store.status(k) === 'complete').length;
    const label = card.querySelector('[data-module-progress-label]');
    if (label && keys.length) label.textContent = ` · ${done} of ${keys.length} complete`;
  }
  const section = document.querySelector<HTMLElement>('[data-lesson-progress]');
  if (section) {
    const complete = store.status(section.dataset['lessonProgress']!) === 'complete';
    section.querySelector('[data-complete-toggle]')!.textContent = complete ? 'Mark as not complete' : 'Mark lesson complete';
    section.dataset['complete'] = String(complete);
  }
  const summary = document.querySelector('[data-progress-summary]');
  if (summary) {
    const all = Object.values(store.lessons());
    summary.textContent = `${all.filter((l) => l.status === 'complete').length} lessons complete, ${all.length} started or complete.`;
  }
}

/** Loads progress, shows any notice, and wires the controls on this page. */
export function initProgress(): void {
  const store = createProgressStore(storage());
  const showNotice = () => {
    const area = document.querySelector('[data-site-notice]');
    if (!store.notice || !area || area.textContent) return;
    const p = document.createElement('p');
    p.className = 'notice';
    p.textContent = store.notice;
    area.append(p);
  };
  const lesson = document.querySelector<HTMLElement>('[data-lesson]')?.dataset['lesson'];
  if (lesson) store.markStarted(lesson);

  const section = document.querySelector<HTMLElement>('[data-lesson-progress]');
  if (section) {
    section.hidden = false;
    const state = section.querySelector('[data-progress-state]')!;
    section.querySelector('[data-complete-toggle]')!.addEventListener('click', () => {
      const key = section.dataset['lessonProgress']!;
      const complete = store.status(key) !== 'complete';
      store.setComplete(key, complete);
      state.textContent = complete ? 'Lesson marked complete.' : 'Lesson marked as not complete.';
      render(store);
    });
  }

  const tools = document.querySelector<HTMLElement>('[data-progress-tools]');
  if (tools) {
    tools.hidden = false;
    // Export and import are used rarely and on one page: their code loads on first use.
    const use = (e: Event) => {
      if (e.type === 'click' && !(e.target as HTMLElement).closest('[data-progress-export]')) return;
      void import('./progress-tools.ts').then((m) => m.onProgressTool(e, tools, store, () => render(store)));
    };
    tools.addEventListener('click', use);
    tools.addEventListener('change', use);
  }
  render(store);
  showNotice();
}
