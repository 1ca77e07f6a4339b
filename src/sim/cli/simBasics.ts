/**
 * What the core needs to know about `sim …` directives without running them (./simDirectives.ts, a part the
 * browser loads on first use: src/sim/optional/): the fault kinds (completion, the fault panel), the help text,
 * and durations.
 */
import type { FaultKind } from '../contract.ts';

export const FAULT_KINDS: readonly FaultKind[] = [
  'image-not-found',
  'no-route-to-ecr',
  'secret-access-denied',
  'health-check-failing',
  'container-exit',
  'out-of-memory',
  'subnet-ip-exhausted',
  'capacity-unavailable',
];

export const SIM_HELP = `sim directives (simulator controls, not AWS CLI commands):
  sim advance <duration>                     move virtual time forward (30s, 5m, 1h30m, 2d)
  sim wait steady --cluster C --service S [--timeout 30m]
                                             advance until the service is steady (default timeout 30m)
  sim load --cluster C --service S --cpu N [--memory N] [--requests N]
           [--pattern constant|step|spike|daily]
                                             set the load a service sees
  sim fault <kind> [--cluster C] [--service S] [--image I] [--secret ARN] [--subnet ID] [--role ARN]
                 [--exit-code N] [--after SECONDS]
                                             inject a fault; kinds: ${FAULT_KINDS.join(', ')}
  sim fault clear [kind]                     remove injected faults (all, or one kind)
  sim state                                  summary of clusters, services, tasks and scaling
  sim time                                   print the virtual time
  sim help                                   this text
`;

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** Parses `30s`, `5m`, `1h30m`, `1.5h`, `250ms`; returns undefined when the text is not a duration. */
export function parseDuration(text: string): number | undefined {
  if (!/^(\d+(\.\d+)?(ms|s|m|h|d))+$/.test(text)) return undefined;
  let total = 0;
  for (const m of text.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h|d)/g)) total += Number(m[1]) * UNIT_MS[m[2]!]!;
  return Math.round(total);
}

/** Renders milliseconds as `1h30m`, `2m15s`, `0s`. */
export function formatDuration(ms: number): string {
  let rest = Math.round(ms / 1000);
  if (rest === 0) return ms > 0 ? `${ms}ms` : '0s';
  const parts: string[] = [];
  for (const [unit, size] of [['d', 86400], ['h', 3600], ['m', 60], ['s', 1]] as const) {
    if (rest >= size) {
      parts.push(`${Math.floor(rest / size)}${unit}`);
      rest %= size;
    }
  }
  return parts.join('');
}
