/**
 * The explain-it grader: scores a free-text answer 0–100 against a challenge's rubric, without an LLM.
 *
 * Pipeline (peers.md §1d): cap the text → split into sentences → drop sentences pasted from the prompt,
 * repeated sentences and words past the length window → match each concept's phrasings per sentence,
 * ignoring negated matches and matches in bare lists of terms → relations need both concepts in one
 * explanatory sentence → grounded facts must match the learner's own run → weighted score, scaled down
 * when the answer is too short. Every rule that withholds points says so in `feedback`.
 *
 * Pure and total: never throws, always returns a score in 0–100.
 */
import { compilePhrasing, findMatches, type CompiledPhrasing } from './phrasing.ts';
import { denialBefore, negatorBefore } from './negation.ts';
import { listReason, type ListReason } from './prose.ts';
import { answerCarriesFact, type Facts } from './grounding.ts';
import { countWords, toSentences, type Sentence } from './text.ts';
import type { Challenge, Concept } from './rubricSchema.ts';

/** Answers longer than this are cut before grading (a 20,000-character paste still grades in milliseconds). */
export const MAX_ANSWER_CHARS = 6000;
/** Share of a sentence's 4-word sequences found in the prompt above which the sentence counts as pasted. */
export const PROMPT_OVERLAP = 0.5;
/** Share of a sentence's 4-word sequences found in the model answer above which it counts as copied from it. */
export const MODEL_OVERLAP = 0.85;
/** A sentence of at least this many words whose distinct-word share is below {@link MIN_DISTINCT_SHARE} is repetition. */
export const REPETITION_MIN_WORDS = 12;
export const MIN_DISTINCT_SHARE = 0.5;

/** Why points were withheld or the text was changed. */
export type GradeFlag =
  | 'empty'
  | 'truncated'
  | 'too-short'
  | 'too-long'
  | 'list-only'
  | 'repetition'
  | 'prompt-copied'
  | 'model-copied'
  | 'negated'
  | 'misconception'
  | 'ungrounded'
  | 'fact-missing';

/** What the grader needs besides the answer. */
export interface GradeOptions {
  /** Facts of the learner's simulation run, for grounded challenges. */
  facts?: Facts;
}

/** The grade of one answer. */
export interface GradeResult {
  /** 0–100, whole number. */
  score: number;
  /** Rubric items the answer earned. */
  met: { id: string; label: string }[];
  /** Rubric items it did not, each with the hint to show. */
  missed: { id: string; label: string; hint: string }[];
  /** Sentences for the learner, most important first. */
  feedback: string[];
  flags: GradeFlag[];
  /** Words graded (after the cap, without pasted or repeated sentences). */
  words: number;
}

/** How a concept showed up in the answer. */
interface ConceptEvidence {
  /** Sentence indexes where it is stated in an explanation (not negated). */
  prose: Set<number>;
  /** Clauses (`sentence:clause`) of explanatory sentences where it is stated, for misconceptions. */
  clauses: Set<string>;
  /** Sentences where it appears only in a list or fragment. */
  listed: Set<number>;
  /** Sentences where every match is negated, with the negator. */
  negated: { sentence: number; negator: string }[];
}

type CompiledConcept = { concept: Concept; phrasings: CompiledPhrasing[] };

const compiled = new WeakMap<Challenge, CompiledConcept[]>();

/** Compiles a challenge's phrasings once (grading in a text box re-runs on every keystroke). */
function compileConcepts(challenge: Challenge): CompiledConcept[] {
  let result = compiled.get(challenge);
  if (!result) {
    result = challenge.rubric.concepts.map((concept) => ({ concept, phrasings: concept.phrasings.map(compilePhrasing) }));
    compiled.set(challenge, result);
  }
  return result;
}

function shingles(words: readonly string[], n = 4): string[] {
  const out: string[] = [];
  for (let i = 0; i + n <= words.length; i += 1) out.push(words.slice(i, i + n).join(' '));
  return out;
}

function quote(sentence: Sentence): string {
  return sentence.raw.length > 70 ? `"${sentence.raw.slice(0, 67)}..."` : `"${sentence.raw}"`;
}

/** Grades an answer. Never throws. */
export function grade(challenge: Challenge, answer: string, options: GradeOptions = {}): GradeResult {
  try {
    return gradeUnsafe(challenge, typeof answer === 'string' ? answer : '', options);
  } catch (error) {
    // A bug here must not break the page the learner is typing in; report it as feedback instead.
    return { score: 0, met: [], missed: [], feedback: [`The grader could not read this answer (${String(error)}).`], flags: [], words: 0 };
  }
}

function gradeUnsafe(challenge: Challenge, answer: string, options: GradeOptions): GradeResult {
  const { rubric } = challenge;
  const flags = new Set<GradeFlag>();
  const notes: string[] = [];

  const truncated = answer.length > MAX_ANSWER_CHARS;
  const text = truncated ? answer.slice(0, MAX_ANSWER_CHARS) : answer;
  if (truncated) {
    flags.add('truncated');
    notes.push(`Only the first ${MAX_ANSWER_CHARS.toLocaleString('en-US')} characters were read (your answer has ${answer.length.toLocaleString('en-US')}). Aim for ${rubric.length.min}–${rubric.length.max} words.`);
  }

  const sentences = toSentences(text);
  if (sentences.length === 0) {
    return finish(challenge, [], [], { earned: 0, total: 1 }, 0, ['empty'], ['Write your explanation in a few full sentences.']);
  }

  // 1. Sentences that do not count: pasted from the prompt, repeated, or past the word budget.
  const promptShingles = new Set(shingles(toSentences(challenge.prompt).flatMap((s) => s.tokens.map((t) => t.text))));
  // The model answer is shown after the first attempt; pasting it back is not an explanation either.
  const modelShingles = new Set(shingles(toSentences(challenge.modelAnswer).flatMap((s) => s.tokens.map((t) => t.text))));
  const fromModel: Sentence[] = [];
  const seen = new Set<string>();
  const counted: Sentence[] = [];
  const copied: Sentence[] = [];
  let words = 0;
  let overflowWords = 0;
  for (const sentence of sentences) {
    const tokens = sentence.tokens.map((t) => t.text);
    const own = shingles(tokens);
    if (own.length > 0 && own.filter((s) => promptShingles.has(s)).length / own.length >= PROMPT_OVERLAP) {
      copied.push(sentence);
      continue;
    }
    if (own.length > 0 && own.filter((s) => modelShingles.has(s)).length / own.length >= MODEL_OVERLAP) {
      fromModel.push(sentence);
      continue;
    }
    const key = tokens.join(' ');
    if (seen.has(key)) {
      flags.add('repetition');
      continue;
    }
    seen.add(key);
    if (words + tokens.length > rubric.length.max) {
      overflowWords += tokens.length;
      continue;
    }
    words += tokens.length;
    counted.push(sentence);
  }
  if (copied.length > 0) {
    flags.add('prompt-copied');
    notes.push(`Repeating the question earns nothing; ${copied.length === 1 ? 'this sentence was' : `${copied.length} sentences were`} not graded: ${quote(copied[0]!)}`);
  }
  if (fromModel.length > 0) {
    flags.add('model-copied');
    notes.push(`Copying the model answer earns nothing; say it in your own words. ${fromModel.length === 1 ? 'This sentence was' : `${fromModel.length} sentences were`} not graded: ${quote(fromModel[0]!)}`);
  }
  if (overflowWords > 0) {
    flags.add('too-long');
    notes.push(`Only the first ${rubric.length.max} words were graded; ${overflowWords} more were not read. Aim for ${rubric.length.min}–${rubric.length.max} words.`);
  }

  // 2. Which counted sentences explain, and which only list terms.
  const kind = new Map<number, ListReason | 'repetition' | undefined>();
  for (const sentence of counted) {
    const distinct = new Set(sentence.tokens.map((t) => t.text)).size;
    const repetitive = sentence.tokens.length >= REPETITION_MIN_WORDS && distinct / sentence.tokens.length < MIN_DISTINCT_SHARE;
    if (repetitive) flags.add('repetition');
    kind.set(sentence.index, repetitive ? 'repetition' : listReason(sentence));
  }

  // 3. Concepts, sentence by sentence.
  const evidence = new Map<string, ConceptEvidence>();
  for (const { concept, phrasings } of compileConcepts(challenge)) {
    const ev: ConceptEvidence = { prose: new Set(), clauses: new Set(), listed: new Set(), negated: [] };
    for (const sentence of counted) {
      let positive = false;
      let negator: string | undefined;
      for (const phrasing of phrasings) {
        for (const match of findMatches(phrasing, sentence.tokens)) {
          const neg = concept.acceptNegated ? denialBefore(sentence.tokens, match.start) : negatorBefore(sentence.tokens, match.start);
          if (neg === undefined) {
            positive = true;
            if (kind.get(sentence.index) === undefined) ev.clauses.add(`${sentence.index}:${sentence.tokens[match.start]!.clause}`);
          } else negator ??= neg;
        }
      }
      if (positive) (kind.get(sentence.index) === undefined ? ev.prose : ev.listed).add(sentence.index);
      else if (negator !== undefined) ev.negated.push({ sentence: sentence.index, negator });
    }
    evidence.set(concept.id, ev);
  }

  const met: { id: string; label: string }[] = [];
  const missed: { id: string; label: string; hint: string }[] = [];
  let earned = 0;
  let total = 0;
  const listedOnly: string[] = [];
  const negatedOnly: string[] = [];
  for (const concept of rubric.concepts) {
    total += concept.weight;
    const ev = evidence.get(concept.id)!;
    if (ev.prose.size > 0) {
      earned += concept.weight;
      met.push({ id: concept.id, label: concept.label });
      continue;
    }
    missed.push({ id: concept.id, label: concept.label, hint: concept.hint });
    if (ev.listed.size > 0) listedOnly.push(concept.label);
    else if (ev.negated.length > 0) {
      const first = ev.negated[0]!;
      negatedOnly.push(`${concept.label} (after "${first.negator}" in ${quote(sentences[first.sentence]!)})`);
    }
  }

  // 4. Relations: both concepts stated in one explanatory sentence.
  const unlinked: string[] = [];
  for (const relation of rubric.relations) {
    total += relation.weight;
    const [a, b] = relation.concepts.map((id) => evidence.get(id)!);
    const together = [...a!.prose].some((i) => b!.prose.has(i));
    if (together) {
      earned += relation.weight;
      met.push({ id: relation.id, label: relation.label });
    } else {
      missed.push({ id: relation.id, label: relation.label, hint: relation.hint });
      if (a!.prose.size > 0 && b!.prose.size > 0) unlinked.push(relation.label);
    }
  }

  // 5. Known wrong ideas: both concepts in one clause ("the task role pulls the image").
  let penalty = 0;
  for (const m of rubric.misconceptions) {
    const [a, b] = m.concepts.map((id) => evidence.get(id)!);
    if ([...a!.clauses].some((c) => b!.clauses.has(c))) {
      penalty += m.penalty;
      flags.add('misconception');
      notes.unshift(`Careful: ${m.feedback}`);
    }
  }

  // 6. The grounded fact from the learner's own run.
  if (rubric.grounded) {
    const fact = options.facts?.[rubric.grounded.fact];
    if (fact === undefined || fact.trim() === '') {
      flags.add('ungrounded');
      notes.push(`This challenge also checks your answer against your own simulation (${rubric.grounded.label}); run the lab to get that part graded.`);
    } else {
      total += rubric.grounded.weight;
      // Only explanatory sentences carry the fact: a bare "CannotPullContainerError." or a list does not.
      const prose = counted.filter((s) => kind.get(s.index) === undefined);
      if (answerCarriesFact(prose.map((s) => s.raw).join(' '), fact)) {
        earned += rubric.grounded.weight;
        met.push({ id: `fact-${rubric.grounded.fact}`, label: rubric.grounded.label });
      } else {
        flags.add('fact-missing');
        missed.push({ id: `fact-${rubric.grounded.fact}`, label: rubric.grounded.label, hint: rubric.grounded.hint });
        if (answerCarriesFact(counted.map((s) => s.raw).join(' '), fact)) listedOnly.push(rubric.grounded.label);
      }
    }
  }

  earned = Math.max(0, earned - penalty);

  // 7. Feedback on withheld points, in the order a learner should act on it.
  if (listedOnly.length > 0) {
    flags.add('list-only');
    notes.push(`These ideas appear only as bare terms (a list or a fragment without a verb), which earns nothing: ${listedOnly.join('; ')}. Write a sentence that says what each one does or why it matters.`);
  }
  if (negatedOnly.length > 0) {
    flags.add('negated');
    notes.push(`Read as negated, so not counted: ${negatedOnly.join('; ')}. If you meant the opposite, state what does happen instead.`);
  }
  if (unlinked.length > 0) notes.push(`You mention both sides but never connect them in one sentence: ${unlinked.join('; ')}.`);
  if (flags.has('repetition')) notes.push('Repeated sentences and words count once; repetition does not raise the score.');

  const gradedWords = counted.reduce((n, s) => n + s.tokens.length, 0);
  return finish(challenge, met, missed, { earned, total }, gradedWords, [...flags], notes);
}

function finish(
  challenge: Challenge,
  met: GradeResult['met'],
  missed: GradeResult['missed'],
  points: { earned: number; total: number },
  words: number,
  flagList: GradeFlag[],
  notes: string[],
): GradeResult {
  const { min, max } = challenge.rubric.length;
  const flags = new Set(flagList);
  let ratio = points.total > 0 ? points.earned / points.total : 0;
  const feedback: string[] = [];
  if (words > 0 && words < min) {
    flags.add('too-short');
    ratio *= words / min;
    feedback.push(`Your answer has ${words} graded words; a full explanation needs at least ${min} (aim for ${min}–${max}), so the score was scaled down.`);
  }
  const score = Math.max(0, Math.min(100, Math.round(ratio * 100)));
  const items = met.length + missed.length;
  if (!flags.has('empty')) feedback.unshift(`Score ${score}/100: you covered ${met.length} of ${items} rubric points.`);
  feedback.push(...notes);
  if (missed.length > 0 && !flags.has('empty')) feedback.push(`Next: ${missed[0]!.hint}`);
  return { score, met, missed, feedback, flags: [...flags], words };
}

/** Counts words the way the grader does (for a live "N words" counter next to the text box). */
export { countWords };
