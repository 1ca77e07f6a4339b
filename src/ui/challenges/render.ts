/**
 * Draws the feedback panel of an explain-it challenge from a {@link FeedbackView}. Every learner-derived
 * string (feedback quotes the answer) goes in as text, never as HTML.
 */
import type { FeedbackView } from './feedback.ts';
import { SELF_RATINGS } from '../../lib/progress/limits.ts';
import type { SelfRating } from '../../lib/progress/model.ts';

/** How each self-rating reads in the form. */
export const RATING_LABELS: Record<SelfRating, string> = { weaker: 'weaker than the model', same: 'about the same', stronger: 'stronger than the model' };

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function section(title: string, items: Node[], id: string): HTMLElement[] {
  if (items.length === 0) return [];
  const list = el('ul');
  list.setAttribute('aria-labelledby', id);
  for (const item of items) {
    const li = el('li');
    li.append(item);
    list.append(li);
  }
  const heading = el('h3', title);
  heading.id = id;
  return [heading, list];
}

/** What the panel needs besides the view. */
export interface PanelOptions {
  /** Unique prefix for ids inside the panel. */
  domId: string;
  modelAnswer: string;
  /** A sentence about the grounded part (no simulator, no stopped task), if any. */
  groundNote?: string;
  rating?: SelfRating;
  onRate(rating: SelfRating): void;
}

/** Replaces the panel's content (one change, so the live region announces it once). */
export function renderFeedback(panel: HTMLElement, view: FeedbackView, options: PanelOptions): void {
  const { domId } = options;
  const score = el('p', undefined, 'explain-score');
  score.append(el('strong', view.score), ' ', el('span', view.band, `explain-band explain-band--${view.band.toLowerCase().replace(' ', '-')}`));
  score.append(` · ${view.summary.replace(/^Score \d+ out of 100 \([^)]*\): /, '')} (attempt ${view.attempts})`);
  const parts: Node[] = [score];
  if (options.groundNote) parts.push(el('p', options.groundNote, 'explain-ground-note'));
  parts.push(...section('Why some points were not counted', view.reasons.map((r) => document.createTextNode(r)), `${domId}-reasons`));
  parts.push(...section('What you covered', view.met.map((m) => document.createTextNode(m)), `${domId}-met`));
  parts.push(
    ...section(
      'What to add',
      view.missed.map((m) => {
        const span = el('span');
        span.append(el('strong', m.label), `: ${m.hint}`);
        return span;
      }),
      `${domId}-missed`,
    ),
  );
  const modelId = `${domId}-model`;
  const model = el('div', undefined, 'explain-model');
  const modelHeading = el('h3', 'Model answer');
  modelHeading.id = modelId;
  model.append(modelHeading, el('p', options.modelAnswer));
  parts.push(model);

  const form = el('fieldset', undefined, 'explain-rating');
  form.append(el('legend', 'Compared with the model answer, mine was'));
  const status = el('p', options.rating ? `Your rating: ${RATING_LABELS[options.rating]}.` : '', 'explain-rating-status');
  for (const rating of SELF_RATINGS) {
    const input = el('input');
    input.type = 'radio';
    input.name = `${domId}-rating`;
    input.value = rating;
    input.id = `${domId}-rating-${rating}`;
    input.checked = options.rating === rating;
    input.addEventListener('change', () => {
      options.onRate(rating);
      status.textContent = `Rating saved: ${RATING_LABELS[rating]}.`;
    });
    const label = el('label', RATING_LABELS[rating]);
    label.htmlFor = input.id;
    form.append(el('span', undefined, 'explain-rating-option'));
    form.lastElementChild!.append(input, label);
  }
  parts.push(form, status);
  panel.replaceChildren(...parts);
  panel.hidden = false;
}
