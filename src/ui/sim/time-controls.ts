/**
 * <ecs-time-controls>: play/pause, step to the next event, speed, skip to steady state, the simulated clock,
 * Reset and the checkpoint timeline. Every control is a native button/select/range input with a visible label,
 * so it is keyboard-operable as is. The simulator loads with `import()` when the element nears the viewport.
 */
import { whenNear, showLoadError } from './lazy.ts';
import { formatClock, formatElapsed } from './layout/taskStyle.ts';

class EcsTimeControlsElement extends HTMLElement {
  private cancel: (() => void) | undefined;
  private started = false;

  connectedCallback(): void {
    this.cancel = whenNear(this, () => void this.start());
  }

  disconnectedCallback(): void {
    this.cancel?.();
  }

  private async start(): Promise<void> {
    if (this.started) return;
    this.started = true;
    try {
      const { getController, SPEEDS } = await import('./controller.ts');
      const c = await getController();
      this.wire(c, SPEEDS);
    } catch (error) {
      this.started = false;
      showLoadError(this, error);
    }
  }

  private wire(c: import('./controller.ts').SimController, speeds: readonly number[]): void {
    const q = <T extends Element>(sel: string) => this.querySelector<T>(sel)!;
    const play = q<HTMLButtonElement>('[data-action="play"]');
    const step = q<HTMLButtonElement>('[data-action="step"]');
    const steady = q<HTMLButtonElement>('[data-action="steady"]');
    const reset = q<HTMLButtonElement>('[data-action="reset"]');
    const speed = q<HTMLSelectElement>('[data-speed]');
    const clock = q<HTMLElement>('[data-clock]');
    const scrub = q<HTMLInputElement>('[data-scrub]');
    const scrubLabel = q<HTMLElement>('[data-scrub-value]');
    const status = q<HTMLElement>('[data-status]');
    const say = (text: string) => (status.textContent = text);

    speed.replaceChildren(
      ...speeds.map((s) => {
        const o = document.createElement('option');
        o.value = String(s);
        o.textContent = `${s}×`;
        o.selected = s === c.speed;
        return o;
      }),
    );
    const initial = Number(this.dataset['speed']);
    if (speeds.includes(initial)) {
      c.setSpeed(initial);
      speed.value = String(initial);
    }
    speed.addEventListener('change', () => c.setSpeed(Number(speed.value)));

    const showPlay = (playing: boolean) => {
      play.textContent = playing ? 'Pause' : 'Play';
      play.setAttribute('aria-pressed', String(playing));
    };
    c.onPlayChange((playing) => {
      showPlay(playing);
      say(playing ? `Playing at ${c.speed}×.` : `Paused at ${formatClock(c.now())}.`);
    });
    play.addEventListener('click', () => (c.playing ? c.pause() : c.play()));
    step.addEventListener('click', () => {
      c.pause();
      const moved = c.stepToNextEvent();
      say(moved === undefined ? 'Nothing is scheduled: the simulation is idle.' : `Moved ${formatElapsed(moved / 1000)} to the next event, ${formatClock(c.now())}.`);
    });
    steady.addEventListener('click', () => {
      const r = c.skipToSteady();
      say(
        r.services === 0
          ? 'There is no service yet; create one in the terminal first.'
          : `${r.reached} of ${r.services} service${r.services === 1 ? '' : 's'} steady after ${formatElapsed(r.elapsedMs / 1000)} of simulated time.`,
      );
    });
    reset.addEventListener('click', () => {
      if (!confirm('Start the simulation over? Clusters, services and tasks created on this page are removed.')) return;
      void c.reset().then(() => say('The simulation was reset to the scenario.'));
    });
    scrub.addEventListener('input', () => {
      const index = Number(scrub.value);
      c.restore(index).then(
        (cp) => {
          if (cp) say(`Restored the checkpoint at ${formatClock(cp.t)}. Press Play to continue from there.`);
        },
        (error: unknown) => say(`That checkpoint could not be restored: ${error instanceof Error ? error.message : String(error)}`),
      );
    });

    c.onRender(() => {
      const now = c.now();
      clock.textContent = `${formatClock(now)} UTC`;
      clock.setAttribute('datetime', new Date(now).toISOString());
      q<HTMLElement>('[data-elapsed]').textContent = `T+${formatElapsed((now - c.startedAt) / 1000)}`;
      const list = c.checkpoints.list();
      scrub.max = String(Math.max(0, list.length - 1));
      scrub.disabled = list.length < 2;
      // While playing the thumb follows the newest checkpoint; after a restore it sits on the restored one.
      let index = list.length - 1;
      while (index > 0 && list[index]!.t > now) index--;
      if (document.activeElement !== scrub) scrub.value = String(index);
      const shown = list[Number(scrub.value)];
      const text = shown ? `${formatClock(shown.t)} (${Number(scrub.value) + 1} of ${list.length})` : 'none yet';
      scrubLabel.textContent = text;
      scrub.setAttribute('aria-valuetext', text);
    });
    showPlay(c.playing);
    for (const b of [play, step, steady, reset, speed]) b.disabled = false;
    this.dataset['ready'] = 'true';
  }
}

if (!customElements.get('ecs-time-controls')) customElements.define('ecs-time-controls', EcsTimeControlsElement);
