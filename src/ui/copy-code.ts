/** Adds a "Copy" button to every code block (figure.code from src/lib/code-frame.ts). */
export function initCopyButtons(): void {
  for (const figure of document.querySelectorAll<HTMLElement>('figure.code')) {
    const pre = figure.querySelector('pre');
    if (!pre || !navigator.clipboard) continue;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'copy-button';
    button.textContent = 'Copy';
    button.setAttribute('aria-label', `Copy ${pre.getAttribute('aria-label') ?? 'code'}`);
    const live = document.createElement('span');
    live.className = 'visually-hidden';
    live.setAttribute('role', 'status');
    button.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(pre.innerText.replace(/\n$/, ''));
        button.textContent = live.textContent = 'Copied';
      } catch {
        button.textContent = live.textContent = 'Copy failed';
      }
      setTimeout(() => ((button.textContent = 'Copy'), (live.textContent = '')), 2000);
    });
    figure.append(button, live);
  }
}
