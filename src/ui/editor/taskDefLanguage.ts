/**
 * Teaches Monaco's JSON language about task definitions, once per page:
 *
 * - the generated JSON Schema (completion of field names and enum values, snippets, hover on every field) for
 *   every model whose URI ends in `.taskdef.json`. Schema *validation* is switched off: the one validator
 *   (`validateTaskDefinition`, shown as markers under the owner `ecs`) already reports wrong types and unknown
 *   fields with the AWS CLI's wording, and two messages for one mistake would only confuse;
 * - a code-action provider that offers the quick fixes of src/ui/editor/quickFixes.ts for `ecs` markers in range.
 *
 * Receives the Monaco instance (dependency injection) rather than importing it.
 */
import type { LoadedMonaco, Monaco } from './loadMonaco.ts';
import type { EcsMarker } from './markers.ts';
import { FIXABLE_CODES, quickFixesFor } from './quickFixes.ts';
import schemaJson from './taskdef.schema.json';

/** The owner of the ECS markers (Monaco groups markers by owner). */
export const MARKER_OWNER = 'ecs';
/** Models matching this suffix get the task-definition schema and quick fixes. */
export const MODEL_SUFFIX = '.taskdef.json';

/** The latest ECS markers per model URI, as checked (the code-action provider finds a marker's path here). */
const latest = new Map<string, readonly EcsMarker[]>();
let configured = false;

/** Records the markers last set on a model, for the code-action provider. */
export function rememberMarkers(uri: string, markers: readonly EcsMarker[]): void {
  latest.set(uri, markers);
}

/** Forgets a disposed model. */
export function forgetModel(uri: string): void {
  latest.delete(uri);
}

/** A stable model URI for an editor id. */
export function modelUri(monaco: Monaco, id: string): ReturnType<Monaco['Uri']['parse']> {
  return monaco.Uri.parse(`inmemory://ecs-course/editors/${encodeURIComponent(id)}${MODEL_SUFFIX}`);
}

/** Absolute links in hovers: Monaco's link opener needs a full URL, the schema stores site paths. */
function absolutise(schema: unknown, origin: string): unknown {
  return JSON.parse(JSON.stringify(schema).replace(/\]\(\//g, `](${origin}/`));
}

/** Configures the JSON language for task definitions (idempotent). */
export function configureTaskDefLanguage({ monaco, jsonDefaults }: LoadedMonaco): void {
  if (configured) return;
  configured = true;
  jsonDefaults.setDiagnosticsOptions({
    validate: true,
    allowComments: false,
    comments: 'error',
    trailingCommas: 'error',
    schemaValidation: 'ignore',
    enableSchemaRequest: false,
    schemas: [{ uri: String(schemaJson.$id), fileMatch: [`*${MODEL_SUFFIX}`], schema: absolutise(schemaJson, location.origin) }],
  });

  monaco.languages.registerCodeActionProvider(
    'json',
    {
      provideCodeActions(model, _range, context) {
        const uri = model.uri.toString();
        const known = latest.get(uri);
        if (!known || !uri.endsWith(MODEL_SUFFIX)) return { actions: [], dispose() {} };
        const text = model.getValue();
        const actions = [];
        for (const m of context.markers) {
          const code = typeof m.code === 'string' ? m.code : m.code?.value;
          // Only ECS markers carry these codes (the JSON language's own markers never do).
          if (code === undefined || !FIXABLE_CODES.has(code)) continue;
          const ecs = known.find((k) => k.code === code && k.startLineNumber === m.startLineNumber && k.startColumn === m.startColumn);
          if (!ecs) continue;
          for (const fix of quickFixesFor(text, ecs)) {
            actions.push({
              title: fix.title,
              kind: 'quickfix',
              diagnostics: [m],
              isPreferred: fix.isPreferred === true,
              edit: {
                edits: fix.edits.map((e) => {
                  const start = model.getPositionAt(e.offset);
                  const end = model.getPositionAt(e.offset + e.length);
                  return {
                    resource: model.uri,
                    versionId: model.getVersionId(),
                    textEdit: { range: new monaco.Range(start.lineNumber, start.column, end.lineNumber, end.column), text: e.text },
                  };
                }),
              },
            });
          }
        }
        return { actions, dispose() {} };
      },
    },
    { providedCodeActionKinds: ['quickfix'] },
  );
}

/** Maps an ECS marker to Monaco's marker data: code links to the lesson, source names who rejects it. */
export function toMarkerData(monaco: Monaco, m: EcsMarker): Parameters<Monaco['editor']['setModelMarkers']>[2][number] {
  const severity = { error: monaco.MarkerSeverity.Error, warning: monaco.MarkerSeverity.Warning, info: monaco.MarkerSeverity.Info }[m.severity];
  return {
    severity,
    message: m.message,
    source: m.awsErrorCode ? `ECS ${m.awsErrorCode}` : 'course check',
    code: m.docs ? { value: m.code, target: monaco.Uri.parse(new URL(m.docs, location.origin).href) } : m.code,
    startLineNumber: m.startLineNumber,
    startColumn: m.startColumn,
    endLineNumber: m.endLineNumber,
    endColumn: m.endColumn,
  };
}
