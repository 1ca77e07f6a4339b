/**
 * Loads Monaco once per page: the slim ESM entry (editor API + only the features the task-definition editor
 * uses + the JSON language) and its two workers through Vite's `?worker` imports. Everything here is reached only
 * through `import()` from the custom element, so pages without an editor never download it; Monaco's CSS arrives
 * as JS through src/ui/editor/monacoCssAsJs.mjs (stack recipe §2).
 */
import * as monaco from 'monaco-editor/editor/editor.api';
import 'monaco-editor/features/bracketMatching/register';
import 'monaco-editor/features/codeAction/register';
import 'monaco-editor/features/codicon/register';
import 'monaco-editor/features/diffEditor/register';
import 'monaco-editor/features/find/register';
import 'monaco-editor/features/folding/register';
import 'monaco-editor/features/format/register';
import 'monaco-editor/features/gotoError/register';
import 'monaco-editor/features/hover/register';
import 'monaco-editor/features/snippet/register';
import 'monaco-editor/features/suggest/register';
// features/suggest/register only adds suggest-driven inline completions in 0.57; the completion widget itself
// (Ctrl+Space, quick suggestions) is this contribution, which the full build pulls in indirectly.
import 'monaco-editor/editor/contrib/suggest/browser/suggestController';
import 'monaco-editor/features/toggleTabFocusMode/register';
// Everyday editing that the full build registers and the slim entry does not (Monaco's JSON mode used to pull the
// whole editor in; src/ui/editor/monacoSlimWorkers.mjs stops that): clipboard and its context menu, word-wise
// cursor moves and deletes, line moves/copies/deletes, multiple cursors, expand selection, undo of cursor moves,
// indentation commands, highlighting of the word under the cursor, drag and drop of text.
import 'monaco-editor/features/clipboard/register';
import 'monaco-editor/features/contextmenu/register';
import 'monaco-editor/features/cursorUndo/register';
import 'monaco-editor/features/dnd/register';
import 'monaco-editor/features/indentation/register';
import 'monaco-editor/features/linesOperations/register';
import 'monaco-editor/features/multicursor/register';
import 'monaco-editor/features/smartSelect/register';
import 'monaco-editor/features/wordHighlighter/register';
import 'monaco-editor/features/wordOperations/register';
import 'monaco-editor/features/wordPartOperations/register';
import { jsonDefaults } from 'monaco-editor/languages/features/json/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import JsonWorker from 'monaco-editor/language/json/json.worker?worker';

/** The Monaco namespace as loaded here (the adapter receives it rather than importing it: DI). */
export type Monaco = typeof monaco;

/** What the editor needs from the loaded Monaco. */
export interface LoadedMonaco {
  monaco: Monaco;
  jsonDefaults: typeof jsonDefaults;
}

// Monaco asks for a worker by label: the JSON language's own, or the generic editor worker (diff, links…).
(self as unknown as { MonacoEnvironment: unknown }).MonacoEnvironment = {
  getWorker(_id: string, label: string): Worker {
    return label === 'json' ? new JsonWorker() : new EditorWorker();
  },
};

/** The loaded Monaco (this module is itself imported once, so the value is shared by every editor). */
export const loaded: LoadedMonaco = { monaco, jsonDefaults };
