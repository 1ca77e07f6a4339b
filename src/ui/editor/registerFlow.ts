/**
 * Register and Compare: the editor's two conversations with the page's simulation (src/ui/sim-store.ts).
 *
 * Register refuses, with the reason, a document AWS would reject (`blocksRegistration`), exactly as the
 * simulator's RegisterTaskDefinition would; otherwise it calls the API and reports the new `family:revision`.
 * The registered text is kept in the simulation's virtual files (`editor/<family>-<revision>.json`, saved with
 * its snapshot), so Compare can show what the learner changed since, even after a reload.
 */
import { blocksRegistration, formatParamValidationReport, PARAM_VALIDATION, validateTaskDefinition, type Diagnostic } from '../../sim/taskdef/index.ts';
import { isAwsError } from '../../sim/errors.ts';
import { parsePythonJson, PythonJsonError } from '../../sim/cli/pythonJson.ts';

// The page's simulation (and with it the whole simulator engine, ~80 KB gzip) loads on the first Register or
// Compare, not with the editor: the editor itself needs only the task-definition rules.
const getSimulation = async () => (await import('../sim-store.ts')).getSimulation();

/** What Register tells the learner. */
export type RegisterOutcome =
  | { ok: true; message: string; arn: string; familyRevision: string }
  | { ok: false; message: string };

const OPERATION = 'RegisterTaskDefinition';
const cliError = (code: string, message: string) => `An error occurred (${code}) when calling the ${OPERATION} operation: ${message}`;

/** Parses the editor text the way `aws ecs register-task-definition --cli-input-json` would. */
export function parseForCli(text: string): { doc: unknown } | { error: string } {
  try {
    return { doc: parsePythonJson(text) };
  } catch (e) {
    if (e instanceof PythonJsonError) return { error: `Error parsing parameter '--cli-input-json': Invalid JSON: ${e.message}` };
    return { error: 'The document could not be read (it is nested too deeply).' };
  }
}

/** The refusal text for blocking diagnostics (CLI-side parameter validation first, as the CLI does). */
export function refusalMessage(diagnostics: readonly Diagnostic[]): string | undefined {
  const params = diagnostics.filter((d) => d.awsErrorCode === PARAM_VALIDATION);
  if (params.length > 0) return `Not registered: the AWS CLI would refuse this document.\n${formatParamValidationReport(params)}`;
  const blocking = diagnostics.filter(blocksRegistration);
  if (blocking.length === 0) return undefined;
  const first = blocking[0]!;
  const more = blocking.length > 1 ? ` (and ${blocking.length - 1} more problem${blocking.length > 2 ? 's' : ''} in the list below)` : '';
  return `Not registered: ECS would reject this document${more}.\n${cliError(first.awsErrorCode!, first.message)}`;
}

/** Registers the document in the page's simulation, or explains why not. */
export async function registerDocument(text: string): Promise<RegisterOutcome> {
  const parsed = parseForCli(text);
  if ('error' in parsed) return { ok: false, message: `Not registered. ${parsed.error}` };
  // Checked again here rather than trusting the last live check, which may be a keystroke old.
  const refusal = refusalMessage(validateTaskDefinition(parsed.doc));
  if (refusal) return { ok: false, message: refusal };
  let sim;
  try {
    sim = await getSimulation();
  } catch (e) {
    return { ok: false, message: `The simulator could not be loaded: ${e instanceof Error ? e.message : String(e)}` };
  }
  try {
    const response = sim.handle.call('ecs', OPERATION, parsed.doc as Record<string, unknown>) as {
      taskDefinition: { taskDefinitionArn: string; family: string; revision: number };
    };
    const td = response.taskDefinition;
    sim.handle.files.write(`editor/${td.family}-${td.revision}.json`, text);
    sim.changed();
    const familyRevision = `${td.family}:${td.revision}`;
    return { ok: true, arn: td.taskDefinitionArn, familyRevision, message: `Registered ${familyRevision} — ${td.taskDefinitionArn}` };
  } catch (e) {
    if (isAwsError(e)) return { ok: false, message: cliError(e.code, e.message) };
    return { ok: false, message: `Registration failed: ${e instanceof Error ? e.message : String(e)}` };
  }
}

/** Members ECS adds to a stored revision; left out when showing a revision as a document to compare with. */
const RESPONSE_ONLY = [
  'taskDefinitionArn',
  'revision',
  'status',
  'requiresAttributes',
  'compatibilities',
  'registeredAt',
  'registeredBy',
  'deregisteredAt',
  'deleteRequestedAt',
];

/** The text to compare the editor with: the family's latest registered revision, else the starting document. */
export async function previousRevisionText(text: string, initial: string): Promise<{ label: string; text: string }> {
  let family: string | undefined;
  try {
    const doc = JSON.parse(text) as { family?: unknown };
    if (typeof doc.family === 'string') family = doc.family;
  } catch {
    // not JSON yet: compare with the starting document
  }
  if (family !== undefined) {
    try {
      const sim = await getSimulation();
      const { taskDefinition: td } = sim.handle.call('ecs', 'DescribeTaskDefinition', { taskDefinition: family }) as {
        taskDefinition: Record<string, unknown> & { revision: number };
      };
      const label = `${family}:${td.revision}`;
      const saved = sim.handle.files.read(`editor/${family}-${td.revision}.json`);
      if (saved !== undefined) return { label, text: saved };
      const stored = Object.fromEntries(Object.entries(td).filter(([k]) => !RESPONSE_ONLY.includes(k)));
      return { label: `${label} (as ECS stored it)`, text: `${JSON.stringify(stored, null, 2)}\n` };
    } catch {
      // never registered in this simulation
    }
  }
  return { label: 'the starting document (nothing registered yet)', text: initial };
}
