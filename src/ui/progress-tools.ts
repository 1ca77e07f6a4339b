/**
 * Export and import of progress (the [data-progress-tools] section), loaded by progress-ui.ts the first time
 * a learner presses Export or picks a file to import.
 */
import type { ProgressStore } from '../lib/progress/store.ts';
import { exportFile, importFile } from '../lib/progress/transfer.ts';

/** Handles a click on Export or a change of the import file input. */
export async function onProgressTool(e: Event, tools: HTMLElement, store: ProgressStore, rerender: () => void): Promise<void> {
  const message = tools.querySelector('[data-progress-message]')!;
  const input = (e.target as HTMLElement).closest<HTMLInputElement>('[data-progress-import]');
  if (e.type === 'change' && input) {
    const file = input.files?.[0];
    if (!file) return;
    const result = importFile(store, await file.text());
    message.textContent = result.message;
    message.classList.toggle('is-error', !result.ok);
    input.value = '';
    rerender();
    return;
  }
  const { filename, text } = exportFile(store);
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  a.download = filename;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  message.textContent = `Saved ${filename}.`;
}
