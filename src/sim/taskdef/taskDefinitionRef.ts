/**
 * The three ways the API names a task definition: `family` (latest ACTIVE revision), `family:revision`, or the
 * full ARN `arn:aws:ecs:<region>:<account>:task-definition/<family>:<revision>`.
 */

/** A parsed reference; `revision` is absent for a bare family. */
export interface TaskDefinitionRef {
  family: string;
  revision?: number;
  /** Present when the reference was an ARN. */
  region?: string;
  accountId?: string;
}

const FAMILY = '[A-Za-z0-9_-]{1,255}';
const SHORT_FORM = new RegExp(`^(${FAMILY})(?::(\\d+))?$`);
const ARN_FORM = new RegExp(`^arn:aws[a-z-]*:ecs:([a-z0-9-]+):(\\d{12}):task-definition/(${FAMILY})(?::(\\d+))?$`);

/** Parses a reference; undefined when it matches none of the forms (or the revision is 0). */
export function parseTaskDefinitionRef(ref: string): TaskDefinitionRef | undefined {
  const arn = ARN_FORM.exec(ref);
  const short = arn ? null : SHORT_FORM.exec(ref);
  const family = arn ? arn[3] : short?.[1];
  const revisionText = arn ? arn[4] : short?.[2];
  if (family === undefined) return undefined;
  const parsed: TaskDefinitionRef = { family };
  if (revisionText !== undefined) {
    const revision = Number(revisionText);
    if (!Number.isSafeInteger(revision) || revision < 1) return undefined;
    parsed.revision = revision;
  }
  if (arn) {
    parsed.region = arn[1] as string;
    parsed.accountId = arn[2] as string;
  }
  return parsed;
}

/** `arn:aws:ecs:<region>:<account>:task-definition/<family>:<revision>`. */
export function taskDefinitionArn(region: string, accountId: string, family: string, revision: number): string {
  return `arn:aws:ecs:${region}:${accountId}:task-definition/${family}:${revision}`;
}
