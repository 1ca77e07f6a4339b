/** Grades a challenge's own sample answers and reports which land outside their bands. */
import { grade } from './grade.ts';
import type { Challenge } from './rubricSchema.ts';

/** One sample's result. */
export interface SampleOutcome {
  label: string;
  band: [number, number];
  score: number;
  ok: boolean;
}

/** Grades every sample of the challenge (with its facts, for grounded challenges). */
export function checkSamples(challenge: Challenge): SampleOutcome[] {
  return challenge.samples.map((sample) => {
    const { score } = grade(challenge, sample.answer, sample.facts ? { facts: sample.facts } : {});
    return { label: sample.label, band: sample.band, score, ok: score >= sample.band[0] && score <= sample.band[1] };
  });
}
