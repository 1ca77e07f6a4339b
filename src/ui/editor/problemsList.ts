/**
 * The problems list under the editor: counts by severity and one button per problem that jumps to its range.
 * The counts line is announced politely to screen readers, and only when it changes (not on every keystroke).
 * Plain DOM, no Monaco types: it receives neutral problem records.
 */

/** One entry of the list. */
export interface Problem {
  severity: 'error' | 'warning' | 'info';
  message: string;
  /** Rule code, or the JSON language's own. */
  code?: string;
  line: number;
  column: number;
  /** Lesson link. */
  docs?: string;
}

const ORDER = { error: 0, warning: 1, info: 2 } as const;

/** "1 error, 2 warnings, no info", or "No problems found." */
export function countsText(problems: readonly Problem[]): string {
  if (problems.length === 0) return 'No problems found.';
  const n = (s: Problem['severity']) => problems.filter((p) => p.severity === s).length;
  const part = (k: number, one: string, many: string) => `${k === 0 ? 'no' : k} ${k === 1 ? one : many}`;
  return `${part(n('error'), 'error', 'errors')}, ${part(n('warning'), 'warning', 'warnings')}, ${part(n('info'), 'note', 'notes')}.`;
}

/** Renders problems into a container that holds `[data-counts]`, `[data-announce]` and a `<ul>`. */
export function renderProblems(
  container: HTMLElement,
  problems: readonly Problem[],
  onJump: (p: Problem) => void,
  note?: string,
): void {
  const sorted = [...problems].sort((a, b) => ORDER[a.severity] - ORDER[b.severity] || a.line - b.line || a.column - b.column);
  const counts = countsText(sorted) + (note ? ` ${note}` : '');
  const countsEl = container.querySelector<HTMLElement>('[data-counts]')!;
  if (countsEl.textContent !== counts) {
    countsEl.textContent = counts;
    const announce = container.querySelector<HTMLElement>('[data-announce]');
    if (announce) announce.textContent = counts;
  }
  const list = container.querySelector('ul')!;
  const items = sorted.map((p) => {
    const li = document.createElement('li');
    li.className = `ecs-te__problem ecs-te__problem--${p.severity}`;
    const button = document.createElement('button');
    button.type = 'button';
    const label = p.severity === 'info' ? 'Note' : p.severity === 'error' ? 'Error' : 'Warning';
    button.textContent = `${label}, line ${p.line}: ${p.message}`;
    if (p.code) {
      const code = document.createElement('span');
      code.className = 'ecs-te__code';
      code.textContent = ` (${p.code})`;
      button.append(code);
    }
    button.addEventListener('click', () => onJump(p));
    li.append(button);
    if (p.docs) {
      const a = document.createElement('a');
      a.href = p.docs;
      a.textContent = 'Read more';
      a.setAttribute('aria-label', `Read more about ${p.code ?? 'this problem'}`);
      li.append(' ', a);
    }
    return li;
  });
  list.replaceChildren(...items);
}
