/**
 * The search dialog's behaviour, loaded by search.ts when the dialog first opens: results as the learner
 * types, Enter opens the first one, Close and a click on the backdrop close it. Pagefind's JS API is imported
 * from /pagefind/ here (it exists only after `pagefind --site dist`).
 */
interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
interface Pagefind {
  init(): Promise<void>;
  debouncedSearch(q: string, o?: object, ms?: number): Promise<{ results: PagefindResult[] } | null>;
}

/** Wires the dialog (called once, right after it first opened). */
export function wireSearchDialog(dialog: HTMLDialogElement): void {
  const input = dialog.querySelector<HTMLInputElement>('[data-search-input]');
  const status = dialog.querySelector<HTMLElement>('[data-search-status]');
  const list = dialog.querySelector<HTMLUListElement>('[data-search-results]');
  if (!input || !status || !list) return;
  // A variable URL keeps Vite from trying to bundle a file that only exists after `pagefind --site dist`.
  const url = '/pagefind/pagefind.js';
  const pagefind = (import(/* @vite-ignore */ url) as Promise<Pagefind>).then(async (pf) => (await pf.init(), pf));
  pagefind.catch(() => (status.textContent = 'Search is not available: the index is built by “npm run build”.'));

  const run = async () => {
    const q = input.value.trim();
    if (!q) return ((list.textContent = ''), (status.textContent = ''));
    const found = await (await pagefind).debouncedSearch(q, {}, 150);
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

  dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
  dialog.querySelector('form')?.addEventListener('submit', (e) => {
    e.preventDefault();
    list.querySelector('a')?.click();
  });
  dialog.addEventListener('click', (e) => e.target === dialog && dialog.close()); // click on the backdrop
  input.addEventListener('input', () => void run().catch(() => {}));
  // Whatever was typed while this module was loading.
  if (input.value) void run().catch(() => {});
}
