/**
 * Search: a <dialog> opened by the header button or the "/" key. Pagefind's JS API is imported
 * from /pagefind/ the first time the dialog opens, so no search code loads before that.
 */
interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
interface Pagefind {
  init(): Promise<void>;
  debouncedSearch(q: string, o?: object, ms?: number): Promise<{ results: PagefindResult[] } | null>;
}

/** Wires the search button, the "/" shortcut and the dialog. */
export function initSearch(): void {
  const dialog = document.querySelector<HTMLDialogElement>('[data-search-dialog]');
  const input = dialog?.querySelector<HTMLInputElement>('[data-search-input]');
  const status = dialog?.querySelector<HTMLElement>('[data-search-status]');
  const list = dialog?.querySelector<HTMLUListElement>('[data-search-results]');
  if (!dialog || !input || !status || !list) return;
  let pagefind: Promise<Pagefind> | undefined;

  const load = () => {
    // A variable URL keeps Vite from trying to bundle a file that only exists after `pagefind --site dist`.
    const url = '/pagefind/pagefind.js';
    pagefind ??= (import(/* @vite-ignore */ url) as Promise<Pagefind>).then(async (pf) => (await pf.init(), pf));
    return pagefind;
  };
  const open = () => {
    if (dialog.open) return;
    dialog.showModal();
    input.focus();
    load().catch(() => (status.textContent = 'Search is not available: the index is built by “npm run build”.'));
  };
  const run = async () => {
    const q = input.value.trim();
    if (!q) return ((list.textContent = ''), (status.textContent = ''));
    const pf = await load();
    const found = await pf.debouncedSearch(q, {}, 150);
    if (!found) return; // superseded by newer typing
    const items = await Promise.all(found.results.slice(0, 10).map((r) => r.data()));
    list.innerHTML = '';
    for (const item of items) {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = item.url;
      a.textContent = item.meta.title ?? item.url;
      const p = document.createElement('p');
      p.innerHTML = item.excerpt; // Pagefind's excerpt of our own pages: text with <mark> around hits
      li.append(a, p);
      list.append(li);
    }
    const n = found.results.length;
    status.textContent = n ? `${n} ${n === 1 ? 'result' : 'results'} for “${q}”` : `No results for “${q}”`;
  };

  document.querySelectorAll('[data-search-open]').forEach((b) => b.addEventListener('click', open));
  dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
  dialog.querySelector('form')?.addEventListener('submit', (e) => {
    e.preventDefault();
    list.querySelector('a')?.click();
  });
  dialog.addEventListener('click', (e) => e.target === dialog && dialog.close()); // click on the backdrop
  input.addEventListener('input', () => void run().catch(() => {}));
  document.addEventListener('keydown', (e) => {
    const t = e.target as HTMLElement;
    if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || t.closest('input, textarea, select, [contenteditable]')) return;
    e.preventDefault();
    open();
  });
}
