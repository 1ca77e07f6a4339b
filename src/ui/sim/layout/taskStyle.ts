/**
 * How a task's lifecycle state looks, everywhere: a colour class AND a short text label AND a fill pattern,
 * so colour is never the only signal (WCAG 1.4.1). Pure data, shared by the D3 views and their text tables.
 */

/** Visual encoding of one `lastStatus`. */
export interface StateStyle {
  /** CSS modifier, e.g. `running`. */
  className: string;
  /** Two-to-four letter label drawn on the block. */
  short: string;
  /** Words for the text table and screen readers. */
  label: string;
  /** SVG pattern id suffix (`solid`, `dots`, `stripes`, `cross`, `hollow`). */
  pattern: 'solid' | 'dots' | 'stripes' | 'cross' | 'hollow';
}

const STYLES: Record<string, StateStyle> = {
  PROVISIONING: { className: 'provisioning', short: 'PROV', label: 'Provisioning (ENI being attached)', pattern: 'dots' },
  PENDING: { className: 'pending', short: 'PEND', label: 'Pending (pulling image, starting containers)', pattern: 'dots' },
  ACTIVATING: { className: 'activating', short: 'ACT', label: 'Activating (registering targets)', pattern: 'stripes' },
  RUNNING: { className: 'running', short: 'RUN', label: 'Running', pattern: 'solid' },
  DEACTIVATING: { className: 'deactivating', short: 'DEAC', label: 'Deactivating (draining connections)', pattern: 'cross' },
  STOPPING: { className: 'stopping', short: 'STOP', label: 'Stopping (containers receiving SIGTERM)', pattern: 'cross' },
  DEPROVISIONING: { className: 'deprovisioning', short: 'DEPR', label: 'Deprovisioning (ENI detached)', pattern: 'cross' },
  STOPPED: { className: 'stopped', short: 'STPD', label: 'Stopped', pattern: 'hollow' },
};

/** The style of a lifecycle state; unknown states get a neutral style that names them. */
export function stateStyle(lastStatus: string): StateStyle {
  return STYLES[lastStatus] ?? { className: 'unknown', short: lastStatus.slice(0, 4), label: lastStatus, pattern: 'hollow' };
}

/** Health as a word and a mark (✓ healthy, ✗ unhealthy, ? unknown). */
export function healthMark(healthStatus: string): { mark: string; label: string } {
  if (healthStatus === 'HEALTHY') return { mark: '✓', label: 'healthy' };
  if (healthStatus === 'UNHEALTHY') return { mark: '✗', label: 'unhealthy' };
  return { mark: '?', label: 'health unknown' };
}

/** Simulated time as `HH:MM:SS` UTC. */
export function formatClock(epochMs: number): string {
  return new Date(epochMs).toISOString().slice(11, 19);
}

/** A duration in seconds as `m:ss` (or `h:mm:ss`). */
export function formatElapsed(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}
