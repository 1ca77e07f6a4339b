/**
 * Theme toggle. The inline head script in Base.astro already set data-theme before first paint;
 * this only wires the button, stores an explicit choice, and follows the system while there is none.
 */
const KEY = 'ecs-course:theme';

/** Wires the theme toggle button and the system preference listener. */
export function initTheme(): void {
  const root = document.documentElement;
  const button = document.querySelector<HTMLButtonElement>('[data-theme-toggle]');
  const stored = () => {
    try {
      return localStorage.getItem(KEY);
    } catch {
      return null;
    }
  };
  const apply = (theme: string) => {
    root.dataset['theme'] = theme;
    button?.setAttribute('aria-pressed', String(theme === 'dark'));
  };
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', (e) => {
    if (!stored()) apply(e.matches ? 'dark' : 'light');
  });
  if (!button) return;
  apply(root.dataset['theme'] ?? 'light');
  button.hidden = false;
  button.addEventListener('click', () => {
    const next = root.dataset['theme'] === 'dark' ? 'light' : 'dark';
    try {
      localStorage.setItem(KEY, next);
    } catch {
      /* still switch for this page */
    }
    apply(next);
  });
}
