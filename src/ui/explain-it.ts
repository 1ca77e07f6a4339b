/** Saves each ExplainIt answer as a draft in localStorage while the learner types, and restores it. */
const PREFIX = 'ecs-course:explain:';

/** Wires every [data-explain-it] section on the page. */
export function initExplainIt(): void {
  for (const section of document.querySelectorAll<HTMLElement>('[data-explain-it]')) {
    const key = PREFIX + section.dataset['explainIt'];
    const area = section.querySelector('textarea');
    const saved = section.querySelector<HTMLElement>('[data-explain-saved]');
    if (!area || !saved) continue;
    try {
      area.value = localStorage.getItem(key) ?? '';
    } catch {
      continue;
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    area.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        try {
          localStorage.setItem(key, area.value);
          saved.textContent = 'Draft saved.';
        } catch {
          saved.textContent = 'Draft not saved: browser storage is blocked.';
        }
      }, 400);
    });
  }
}
