/**
 * <ecs-lab-panel>: all a lab page ships up front for the panel. The runtime (the simulator, the checks) loads
 * with import() at once: the panel is the point of the page. Until then the steps, hints and solution are
 * readable server-rendered HTML.
 */
import { showLoadError } from '../sim/lazy.ts';

class EcsLabPanelElement extends HTMLElement {
  private started = false;

  connectedCallback(): void {
    if (this.started) return;
    this.started = true;
    import('./panel.ts')
      .then((m) => m.mountLabPanel(this))
      .catch((error: unknown) => {
        this.started = false;
        showLoadError(this, error);
      });
  }
}

if (!customElements.get('ecs-lab-panel')) customElements.define('ecs-lab-panel', EcsLabPanelElement);
