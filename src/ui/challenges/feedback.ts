/**
 * What the learner sees after checking an answer, built from a saved attempt (so a fresh grade and a
 * reload show exactly the same thing). Pure: no DOM, unit-tested in Node.
 */
import type { ChallengeProgress } from '../../lib/progress/model.ts';
import type { Challenge } from '../../grading/rubricSchema.ts';

/** Score bands and their words, highest first. */
export const BANDS = [
  { min: 85, word: 'Strong' },
  { min: 60, word: 'Good' },
  { min: 30, word: 'Partial' },
  { min: 0, word: 'Needs work' },
] as const;

/** The word for a score (e.g. 72 → "Good"). */
export function bandWord(score: number): string {
  return BANDS.find((b) => score >= b.min)!.word;
}

/** The feedback panel's content. */
export interface FeedbackView {
  /** e.g. "72 / 100" */
  score: string;
  band: string;
  /** One sentence for the live region: score, band and coverage. */
  summary: string;
  /** Labels of rubric points earned. */
  met: string[];
  /** Rubric points missed, each with its hint. */
  missed: { label: string; hint: string }[];
  /** Why points were withheld or text not read (list, repetition, pasted question, length, negation…). */
  reasons: string[];
  attempts: number;
}

/** Label and hint of every rubric item, by id (concepts, relations and the grounded fact). */
function rubricItems(challenge: Challenge): Map<string, { label: string; hint: string }> {
  const items = new Map<string, { label: string; hint: string }>();
  for (const c of challenge.rubric.concepts) items.set(c.id, c);
  for (const r of challenge.rubric.relations) items.set(r.id, r);
  const g = challenge.rubric.grounded;
  if (g) items.set(`fact-${g.fact}`, g);
  return items;
}

/** The grader's own first line ("Score N/100: …") and last ("Next: <hint>") repeat what the panel shows. */
const REPEATS = /^(Score \d+\/100:|Next: )/;

/** Builds the panel from a saved attempt. Unknown ids (a rubric changed since) are shown by id. */
export function feedbackView(challenge: Challenge, attempt: Pick<ChallengeProgress, 'score' | 'met' | 'missed' | 'feedback' | 'attempts'>): FeedbackView {
  const items = rubricItems(challenge);
  const label = (id: string) => items.get(id)?.label ?? id;
  const met = attempt.met.map(label);
  const missed = attempt.missed.map((id) => ({ label: label(id), hint: items.get(id)?.hint ?? 'This rubric point changed since your attempt; check again.' }));
  const band = bandWord(attempt.score);
  const total = met.length + missed.length;
  return {
    score: `${attempt.score} / 100`,
    band,
    summary: `Score ${attempt.score} out of 100 (${band}): you covered ${met.length} of ${total} rubric points.`,
    met,
    missed,
    reasons: attempt.feedback.filter((line) => !REPEATS.test(line)),
    attempts: attempt.attempts,
  };
}
