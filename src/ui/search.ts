/**
 * Search, the part every page loads: opens the <dialog> from the header button or the "/" key. Everything
 * else (typing, results, Pagefind itself) is in search-dialog.ts, imported the first time the dialog opens,
 * so it costs a page nothing until a learner asks for it.
 */
/** Wires the search button and the "/" shortcut. */
export function initSearch(): void {
  const dialog = document.querySelector<HTMLDialogElement>('[data-search-dialog]');
  if (!dialog) return;
  let wired: Promise<unknown> | undefined;
  const open = () => {
    if (dialog.open) return;
    dialog.showModal();
    dialog.querySelector<HTMLInputElement>('[data-search-input]')?.focus();
    wired ??= import('./search-dialog.ts').then((m) => m.wireSearchDialog(dialog));
  };
  document.querySelectorAll('[data-search-open]').forEach((b) => b.addEventListener('click', open));
  document.addEventListener('keydown', (e) => {
    const t = e.target as HTMLElement;
    if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || t.closest('input, textarea, select, [contenteditable]')) return;
    e.preventDefault();
    open();
  });
}
