/**
 * The explain-it challenges' island, imported by the shared script (src/ui/explain-it.ts) when a challenge nears
 * the viewport or is focused. For each challenge:
 * restore and keep the draft; "Check my answer" (or Ctrl+Enter) lazy-loads the grader, grades against the
 * rubric embedded in the page (and, for grounded challenges, the facts of the learner's own simulation),
 * saves the attempt in the progress store and shows the feedback, the model answer and the self-rating;
 * on the next visit the last feedback is shown again.
 */
import type { ProgressStore, StorageLike } from '../../lib/progress/store.ts';
import { whenProgressStore } from '../../lib/progress/page.ts';
import { rateAttempt, readChallenge, recordAttempt } from '../../lib/progress/challenges.ts';
import type { ChallengeProgress } from '../../lib/progress/model.ts';
import type { Challenge } from '../../grading/rubricSchema.ts';
import { feedbackView } from './feedback.ts';
import { keepDraft, readDraft } from './drafts.ts';
import { renderFeedback } from './render.ts';
import { groundingFacts } from './grounding.ts';

function storage(): StorageLike | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/** `store` is undefined where attempts are not saved: a demo outside a lesson (`available`), or no store at all. */
function wire(section: HTMLElement, store: ProgressStore | undefined, available: boolean): void {
  const q = <T extends Element>(sel: string) => section.querySelector<T>(sel);
  const area = q<HTMLTextAreaElement>('textarea');
  const check = q<HTMLButtonElement>('[data-explain-check]');
  const status = q<HTMLElement>('[data-explain-status]');
  const panel = q<HTMLElement>('[data-explain-feedback]');
  const saved = q<HTMLElement>('[data-explain-saved]');
  const dataNode = q('script[data-explain-data]');
  if (!area || !check || !status || !panel || !saved || !dataNode) return;
  let challenge: Challenge;
  try {
    challenge = JSON.parse(dataNode.textContent ?? '') as Challenge;
  } catch {
    status.textContent = 'This challenge could not be loaded; reload the page to try again.';
    return;
  }
  const id = challenge.id;
  const domId = section.id;
  const key = section.dataset['explainIt']!;

  const draft = readDraft(key);
  let flushDraft = () => {};
  if (draft === undefined) saved.textContent = 'Drafts cannot be saved: browser storage is blocked.';
  else {
    // A learner who typed before this script arrived keeps what they typed (it is newer than the draft),
    // and it is saved at once, since its input events came before anyone listened.
    const typedEarly = area.value !== '' && area.value !== draft;
    if (!typedEarly) area.value = draft;
    flushDraft = keepDraft(key, area, (text) => (saved.textContent = text));
    if (typedEarly) flushDraft();
  }

  let groundNote: string | undefined;
  const show = (record: ChallengeProgress) =>
    renderFeedback(panel, feedbackView(challenge, record), {
      domId,
      modelAnswer: challenge.modelAnswer,
      groundNote,
      rating: record.selfRating,
      onRate: (rating) => store && rateAttempt(store, id, rating),
    });

  if (store) {
    const previous = readChallenge(store, id, storage());
    if (previous.notice) status.textContent = previous.notice;
    if (previous.record) {
      if (!area.value) area.value = previous.record.answer; // e.g. progress imported from another browser
      show(previous.record);
    }
  }

  let busy = false;
  const run = async () => {
    if (busy) return;
    const answer = area.value;
    if (answer.trim() === '') {
      status.textContent = 'Write your explanation first: the answer box is empty. Nothing was counted as an attempt.';
      area.focus();
      return;
    }
    busy = true;
    flushDraft();
    section.setAttribute('aria-busy', 'true');
    status.textContent = 'Checking your answer…';
    try {
      const [{ grade }, ground] = await Promise.all([import('../../grading/grade.ts'), groundingFacts(challenge)]);
      groundNote = ground.note;
      const result = grade(challenge, answer, ground.facts ? { facts: ground.facts } : {});
      const attempt = { answer, score: result.score, met: result.met.map((m) => m.id), missed: result.missed.map((m) => m.id), feedback: result.feedback };
      let record: ChallengeProgress;
      let note = '';
      try {
        if (!store) throw new Error(available ? 'this example is not part of a lesson' : 'the progress store is not available on this page');
        record = recordAttempt(store, id, attempt);
      } catch (error) {
        const prev = store?.challenge(id);
        record = { ...attempt, bestScore: result.score, attempts: (prev?.attempts ?? 0) + 1, lastAttemptAt: Date.now() };
        note = ` Your score was not saved (${error instanceof Error ? error.message : String(error)}).`;
      }
      show(record);
      status.textContent = `Checked: ${result.score} out of 100.${note} Feedback and the model answer are below.`;
    } catch {
      status.textContent = 'The grader could not be loaded (are you offline?). Your draft is kept; try again in a moment.';
    } finally {
      busy = false;
      section.removeAttribute('aria-busy');
    }
  };
  check.hidden = false;
  check.addEventListener('click', () => void run());
  area.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void run();
    }
  });
}

whenProgressStore((store) => {
  for (const section of document.querySelectorAll<HTMLElement>('[data-explain-it]')) wire(section, section.dataset['save'] === 'true' ? store : undefined, !!store);
});
