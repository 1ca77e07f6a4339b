/**
 * One mounted task-definition editor: Monaco on the element's host, live ECS markers (debounced, in a worker),
 * the problems list, the draft saved per editor id, and the toolbar actions (Format, Reset, Register, Compare
 * with the previous registered revision, Download JSON). The custom element (element.ts) imports this module
 * lazily and calls `mountTaskDefEditor` on activation; `dispose()` undoes everything.
 */
import { loaded, type Monaco } from './loadMonaco.ts';
import { clearDraft, fingerprint, loadDraft, saveDraft } from './draftStore.ts';
import { mirrorToSimulationFile } from './simulationFile.ts';
import type { EcsMarker } from './markers.ts';
import { renderProblems, type Problem } from './problemsList.ts';
import { registerDocument, previousRevisionText } from './registerFlow.ts';
import { configureTaskDefLanguage, forgetModel, MARKER_OWNER, modelUri, rememberMarkers, toMarkerData } from './taskDefLanguage.ts';
import { createValidator } from './validationClient.ts';

type Editor = ReturnType<Monaco['editor']['create']>;
type DiffEditor = ReturnType<Monaco['editor']['createDiffEditor']>;

/** A mounted editor. */
export interface EditorSession {
  /** The editor's current text. */
  getText(): string;
  dispose(): void;
}

/** Debounce of the ECS checks after typing (ms). */
export const CHECK_DELAY_MS = 250;
const SAVE_DELAY_MS = 300;
/**
 * Above this size (far beyond AWS's 64 KiB limit) the editor degrades on purpose so typing stays responsive:
 * drafts are not saved (a synchronous multi-megabyte localStorage write per pause) and whole-document helpers
 * (folding, bracket-pair colours and guides, occurrence highlights) are switched off. A note says so.
 */
export const LARGE_DOCUMENT_CHARS = 256 * 1024;

const q = <T extends Element>(root: ParentNode, sel: string): T => {
  const el = root.querySelector<T>(sel);
  if (!el) throw new Error(`<ecs-taskdef-editor> is missing its ${sel} part; was it rendered by TaskDefinitionEditor.astro?`);
  return el;
};

let prepared = false;
/**
 * Warm-up on intent (before the click): configures the language and creates a throwaway JSON model, which makes
 * Monaco fetch and start its lazily loaded JSON mode now rather than after activation.
 */
export function prepareTaskDefEditor(): void {
  if (prepared) return;
  prepared = true;
  configureTaskDefLanguage(loaded);
  const warm = loaded.monaco.editor.createModel('{}', 'json', loaded.monaco.Uri.parse('inmemory://ecs-course/warm-up.json'));
  setTimeout(() => warm.dispose(), 0);
}

/** Mounts Monaco on a `<ecs-taskdef-editor>` rendered by TaskDefinitionEditor.astro. */
export function mountTaskDefEditor(root: HTMLElement): EditorSession {
  const { monaco } = loaded;
  configureTaskDefLanguage(loaded);
  const id = root.dataset['id'] ?? 'editor';
  const title = root.dataset['title'] ?? 'Task definition';
  const initial = JSON.parse(q<HTMLScriptElement>(root, 'script[data-initial]').textContent ?? '""') as string;
  const host = q<HTMLElement>(root, '[data-host]');
  const status = q<HTMLElement>(root, '[data-status]');
  const problemsBox = q<HTMLElement>(root, '[data-problems]');
  const toolbar = q<HTMLElement>(root, '[data-toolbar]');
  const diffPanel = q<HTMLElement>(root, '[data-diff-panel]');
  const disposers: (() => void)[] = [];

  const draft = loadDraft(id);
  const base = fingerprint(initial);
  // A lab's file that mirrors this editor starts as what the editor shows (a restored draft included).
  const simulationFile = root.dataset['file'];
  if (simulationFile && draft) void mirrorToSimulationFile(simulationFile, draft.text);
  const uri = modelUri(monaco, id);
  monaco.editor.getModel(uri)?.dispose(); // a previous mount of the same id (e.g. view transitions)
  const model = monaco.editor.createModel(draft?.text ?? initial, 'json', uri);

  const theme = () => (document.documentElement.dataset['theme'] === 'dark' ? 'vs-dark' : 'vs');
  const editor: Editor = monaco.editor.create(host, {
    model,
    theme: theme(),
    automaticLayout: true,
    minimap: { enabled: false },
    scrollBeyondLastLine: false,
    fontSize: 14,
    tabSize: 2,
    insertSpaces: true,
    wordBasedSuggestions: 'off',
    quickSuggestions: { strings: true, other: true, comments: false },
    fixedOverflowWidgets: true,
    lightbulb: { enabled: monaco.editor.ShowLightbulbIconMode.On },
    ariaLabel: `${title}: task definition JSON editor. Press Escape to leave the editor, or Control+M to make Tab move focus.`,
  });
  const themeObserver = new MutationObserver(() => monaco.editor.setTheme(theme()));
  themeObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  disposers.push(() => themeObserver.disconnect());

  // Keyboard users leave the editor with Escape (when no widget is open): focus moves to the toolbar.
  editor.addAction({
    id: 'ecs.leaveEditor',
    label: 'Leave the editor (focus the toolbar)',
    keybindings: [monaco.KeyCode.Escape],
    precondition:
      '!suggestWidgetVisible && !findWidgetVisible && !parameterHintsVisible && !inSnippetMode && !markersNavigationVisible && !codeActionMenuVisible',
    run: () => toolbar.querySelector<HTMLButtonElement>('button')?.focus(),
  });

  // --- live checks ---------------------------------------------------------------------------------------
  const validator = createValidator();
  disposers.push(() => validator.dispose());
  let note: string | undefined;
  let checkTimer: ReturnType<typeof setTimeout> | undefined;

  const runCheck = async () => {
    const version = model.getVersionId();
    const result = await validator.check(model.getValue());
    if (!result || model.isDisposed() || model.getVersionId() !== version) return; // stale: a newer check follows
    note = result.note;
    rememberMarkers(uri.toString(), result.markers);
    monaco.editor.setModelMarkers(model, MARKER_OWNER, result.markers.map((m: EcsMarker) => toMarkerData(monaco, m)));
    root.dataset['checked'] = String(version);
    renderAllProblems();
  };
  const scheduleCheck = () => {
    clearTimeout(checkTimer);
    checkTimer = setTimeout(() => void runCheck(), CHECK_DELAY_MS);
  };
  disposers.push(() => clearTimeout(checkTimer));

  // The problems list shows both owners: 'json' (syntax errors) and 'ecs' (the validator).
  const renderAllProblems = () => {
    const markers = monaco.editor.getModelMarkers({ resource: uri });
    const problems: Problem[] = markers.map((m) => {
      const code = typeof m.code === 'string' ? m.code : m.code?.value;
      const docs = typeof m.code === 'object' && m.code ? new URL(m.code.target.toString()).pathname + new URL(m.code.target.toString()).hash : undefined;
      const p: Problem = {
        severity: m.severity === monaco.MarkerSeverity.Error ? 'error' : m.severity === monaco.MarkerSeverity.Warning ? 'warning' : 'info',
        message: m.message,
        line: m.startLineNumber,
        column: m.startColumn,
      };
      if (code !== undefined) p.code = code;
      if (docs !== undefined) p.docs = docs;
      return p;
    });
    renderProblems(problemsBox, problems, (p) => {
      const range = markers.find((m) => m.startLineNumber === p.line && m.startColumn === p.column && m.message === p.message);
      if (range) {
        editor.setSelection(range);
        editor.revealRangeInCenter(range);
      }
      editor.focus();
    }, note);
  };
  const markerListener = monaco.editor.onDidChangeMarkers((uris) => {
    if (uris.some((u) => u.toString() === uri.toString())) renderAllProblems();
  });
  disposers.push(() => markerListener.dispose());

  // --- large documents -------------------------------------------------------------------------------------
  let large = false;
  const largeNote = 'This document is very large: your edits are not saved in the browser, and folding and bracket colours are off while it stays this size.';
  const updateLargeMode = () => {
    const now = model.getValueLength() > LARGE_DOCUMENT_CHARS;
    if (now === large) return;
    large = now;
    editor.updateOptions({
      folding: !large,
      bracketPairColorization: { enabled: !large },
      guides: { bracketPairs: false, indentation: !large },
      matchBrackets: large ? 'never' : 'always',
      occurrencesHighlight: large ? 'off' : 'singleFile',
      selectionHighlight: !large,
    });
    say(large ? largeNote : '');
  };

  // --- drafts ----------------------------------------------------------------------------------------------
  let saveTimer: ReturnType<typeof setTimeout> | undefined;
  const contentListener = model.onDidChangeContent(() => {
    updateLargeMode();
    scheduleCheck();
    clearTimeout(saveTimer);
    if (large) return;
    saveTimer = setTimeout(() => {
      const text = model.getValue();
      if (simulationFile) void mirrorToSimulationFile(simulationFile, text);
      if (text === initial) clearDraft(id);
      else if (!saveDraft(id, { text, base })) say('Your edits could not be saved in this browser (storage is full or disabled).');
    }, SAVE_DELAY_MS);
  });
  disposers.push(() => {
    contentListener.dispose();
    clearTimeout(saveTimer);
  });

  // --- toolbar ---------------------------------------------------------------------------------------------
  const say = (text: string, kind: 'info' | 'success' | 'error' = 'info') => {
    status.dataset['kind'] = kind;
    status.textContent = text;
  };
  let diffEditor: DiffEditor | undefined;
  let diffOriginal: ReturnType<Monaco['editor']['createModel']> | undefined;
  const closeDiff = () => {
    diffEditor?.dispose();
    diffOriginal?.dispose();
    diffEditor = undefined;
    diffOriginal = undefined;
    diffPanel.hidden = true;
  };
  disposers.push(closeDiff);

  const actions: Record<string, () => void | Promise<void>> = {
    format: () => editor.getAction('editor.action.formatDocument')?.run(),
    reset: () => {
      // An edit (not setValue) so Ctrl+Z can bring the learner's text back.
      editor.pushUndoStop();
      editor.executeEdits('reset', [{ range: model.getFullModelRange(), text: initial }]);
      editor.pushUndoStop();
      clearDraft(id);
      say('Reset to the starting document. Undo (Ctrl+Z) brings your edits back.');
    },
    register: async () => {
      const outcome = await registerDocument(model.getValue());
      say(outcome.message, outcome.ok ? 'success' : 'error');
      if (outcome.ok) root.dataset['registered'] = outcome.familyRevision;
    },
    compare: async () => {
      const previous = await previousRevisionText(model.getValue(), initial);
      closeDiff();
      diffPanel.hidden = false;
      q<HTMLElement>(diffPanel, '[data-diff-title]').textContent = `Comparing ${previous.label} (left) with your document (right)`;
      diffOriginal = monaco.editor.createModel(previous.text, 'json');
      diffEditor = monaco.editor.createDiffEditor(q<HTMLElement>(diffPanel, '[data-diff-host]'), {
        automaticLayout: true,
        readOnly: false,
        originalEditable: false,
        renderSideBySide: host.clientWidth > 720,
        minimap: { enabled: false },
        theme: theme(),
        ariaLabel: `Differences between ${previous.label} and your document`,
      } as Parameters<Monaco['editor']['createDiffEditor']>[1]);
      diffEditor.setModel({ original: diffOriginal, modified: model });
      root.dataset['diff'] = 'open';
      q<HTMLButtonElement>(diffPanel, '[data-action="close-diff"]').focus();
      say(`Showing the differences with ${previous.label}.`);
    },
    'close-diff': () => {
      closeDiff();
      delete root.dataset['diff'];
      q<HTMLButtonElement>(toolbar, '[data-action="compare"]').focus();
    },
    download: () => {
      const text = model.getValue();
      let family = id;
      try {
        const parsed = JSON.parse(text) as { family?: unknown };
        if (typeof parsed.family === 'string' && /^[\w-]+$/.test(parsed.family)) family = parsed.family;
      } catch {
        // invalid JSON downloads as typed, named after the editor
      }
      const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = `${family}.json`;
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
      say(`Downloaded ${family}.json.`);
    },
  };
  const onClick = (e: Event) => {
    const button = (e.target as Element).closest<HTMLButtonElement>('button[data-action]');
    const action = button && actions[button.dataset['action'] ?? ''];
    if (action) void action();
  };
  root.addEventListener('click', onClick);
  disposers.push(() => root.removeEventListener('click', onClick));

  // --- show ------------------------------------------------------------------------------------------------
  root.querySelector('[data-preview]')?.setAttribute('hidden', '');
  root.querySelector('[data-activate]')?.setAttribute('hidden', '');
  say('');
  host.hidden = false;
  toolbar.hidden = false;
  problemsBox.hidden = false;
  editor.layout();
  updateLargeMode();
  if (draft) {
    say(draft.base === base ? 'Restored your saved edits. Reset goes back to the starting document.' : 'Restored your saved edits (the lesson’s starting document has changed since). Reset loads the new one.');
  }
  void runCheck();
  editor.focus();

  return {
    getText: () => model.getValue(),
    dispose() {
      for (const d of disposers.splice(0)) d();
      editor.dispose();
      forgetModel(uri.toString());
      model.dispose();
    },
  };
}
