/**
 * `secrets[].valueFrom` references: a Secrets Manager secret ARN (optionally with
 * `:json-key:version-stage:version-id`), or an SSM parameter given as an ARN or, in the same region, by name.
 *
 * Secrets Manager ARNs normally end with a 6-character random suffix (`…:secret:db-url-AbCdEf`), but ECS also
 * accepts a partial ARN without it — the course chapter uses that form — so the suffix is optional here.
 */

/** What a valueFrom points at. */
export type SecretReference =
  | {
      kind: 'secretsmanager';
      region: string;
      accountId: string;
      /** Secret name, possibly with the 6-character suffix. */
      secretName: string;
      jsonKey?: string;
      versionStage?: string;
      versionId?: string;
    }
  | { kind: 'ssm'; region?: string; accountId?: string; parameterName: string };

const SECRETS_MANAGER_ARN = /^arn:aws[a-z-]*:secretsmanager:([a-z0-9-]+):(\d{12}):secret:([A-Za-z0-9/_+=.@-]+)((?::[^:]*){3})?$/;
const SSM_ARN = /^arn:aws[a-z-]*:ssm:([a-z0-9-]+):(\d{12}):parameter(\/[A-Za-z0-9_.\-/]+)$/;
// A bare parameter name: either a simple name or a path that starts with "/".
const SSM_NAME = /^(?:[A-Za-z0-9_.-]+|\/[A-Za-z0-9_.\-/]+)$/;

/** Parses a `valueFrom`; undefined when it is neither a Secrets Manager nor an SSM reference. */
export function parseSecretReference(valueFrom: string): SecretReference | undefined {
  const sm = SECRETS_MANAGER_ARN.exec(valueFrom);
  if (sm) {
    const ref: SecretReference = {
      kind: 'secretsmanager',
      region: sm[1] as string,
      accountId: sm[2] as string,
      secretName: sm[3] as string,
    };
    if (sm[4] !== undefined) {
      const [, jsonKey, versionStage, versionId] = sm[4].split(':');
      if (jsonKey) ref.jsonKey = jsonKey;
      if (versionStage) ref.versionStage = versionStage;
      if (versionId) ref.versionId = versionId;
    }
    return ref;
  }
  const ssm = SSM_ARN.exec(valueFrom);
  if (ssm) {
    // An ARN for "parameter/a/b" names the parameter "/a/b"; for "parameter/name" it is "name".
    const raw = ssm[3] as string;
    const parameterName = raw.indexOf('/', 1) > 0 ? raw : raw.slice(1);
    return { kind: 'ssm', region: ssm[1] as string, accountId: ssm[2] as string, parameterName };
  }
  if (!valueFrom.startsWith('arn:') && SSM_NAME.test(valueFrom)) return { kind: 'ssm', parameterName: valueFrom };
  return undefined;
}
