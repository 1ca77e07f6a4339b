/**
 * Fault and load panel: inject any FaultKind the engine knows (scoped to the followed service), clear faults,
 * and drive the service's CPU load with a slider and the spike/daily presets (`setLoad`). No D3: plain form
 * controls, each with a visible label; results go to a status line that screen readers hear.
 */
import { FAULT_DESCRIPTIONS, FAULT_KINDS, type FaultKind, type LoadSpec } from '../../../sim/index.ts';
import type { SimController } from '../controller.ts';
import { followedService } from './common.ts';

/** Mounts the panel in `host`. */
export function mount(host: HTMLElement, c: SimController): { update(): void } {
  const q = <T extends Element>(sel: string) => host.querySelector<T>(sel)!;
  const kind = q<HTMLSelectElement>('[data-fault-kind]');
  const status = q<HTMLElement>('[data-status]');
  const cpu = q<HTMLInputElement>('[data-cpu]');
  const cpuOut = q<HTMLOutputElement>('[data-cpu-value]');
  const pattern = q<HTMLSelectElement>('[data-pattern]');
  const active = q<HTMLElement>('[data-active-faults]');
  const say = (text: string, error = false) => {
    status.textContent = text;
    status.dataset['kind'] = error ? 'error' : 'ok';
  };

  kind.replaceChildren(
    ...FAULT_KINDS.map((k) => {
      const o = document.createElement('option');
      o.value = k;
      o.textContent = `${k}: ${(FAULT_DESCRIPTIONS as Record<string, string>)[k] ?? ''}`;
      return o;
    }),
  );

  const scope = (): { cluster: string; service: string } | undefined => {
    const key = followedService(host, c);
    const s = key ? c.engine.view().services[key] : undefined;
    return s ? { cluster: s.cluster, service: s.name } : undefined;
  };
  const guard = (action: () => string) => {
    try {
      say(action());
    } catch (error) {
      say(error instanceof Error ? error.message : String(error), true);
    }
    c.sim.page.changed();
  };

  q<HTMLButtonElement>('[data-action="inject"]').addEventListener('click', () =>
    guard(() => {
      const s = scope();
      return c.engine.injectFault(kind.value as FaultKind, s ? { cluster: s.cluster, service: s.service } : {});
    }),
  );
  q<HTMLButtonElement>('[data-action="clear"]').addEventListener('click', () => guard(() => c.engine.clearFault()));
  cpu.addEventListener('input', () => (cpuOut.value = `${cpu.value} %`));
  const applyLoad = (spec: LoadSpec) =>
    guard(() => {
      const s = scope();
      if (!s) throw new Error('There is no service to load yet: create one in the terminal first.');
      c.engine.setLoad(s.cluster, s.service, spec);
      return `Load on ${s.service}: ${spec.pattern} around ${spec.cpuPercent} % CPU. Press Play and watch the alarm's datapoints.`;
    });
  q<HTMLButtonElement>('[data-action="load"]').addEventListener('click', () =>
    applyLoad({ pattern: pattern.value as LoadSpec['pattern'], cpuPercent: Number(cpu.value) }),
  );
  q<HTMLButtonElement>('[data-action="spike"]').addEventListener('click', () => applyLoad({ pattern: 'spike', cpuPercent: 95 }));
  q<HTMLButtonElement>('[data-action="daily"]').addEventListener('click', () => applyLoad({ pattern: 'daily', cpuPercent: 80 }));
  for (const control of host.querySelectorAll<HTMLButtonElement | HTMLSelectElement | HTMLInputElement>('button, select, input')) control.disabled = false;

  let last = '';
  return {
    update() {
      const faults = c.engine.view().faults;
      const text = faults.length
        ? `Active faults: ${faults.map((f) => `${f.kind}${Object.keys(f.options).length ? ` (${Object.entries(f.options).map(([k, v]) => `${k}=${v}`).join(', ')})` : ''}`).join('; ')}.`
        : 'No faults injected.';
      if (text !== last) active.textContent = last = text;
    },
  };
}
