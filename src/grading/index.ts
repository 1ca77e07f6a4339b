/** The explain-it grader's public entry: schema, grading and the pieces the editor UI may show. */
export {
  challengeSchema,
  rubricSchema,
  conceptSchema,
  relationSchema,
  sampleSchema,
  parseChallenge,
  schemaProblems,
  type Challenge,
  type ChallengeInput,
  type Concept,
  type Relation,
  type Misconception,
  type Sample,
  type SchemaProblem,
} from './rubricSchema.ts';
export { grade, countWords, MAX_ANSWER_CHARS, type GradeResult, type GradeFlag, type GradeOptions } from './grade.ts';
export { FACT_KINDS, answerCarriesFact, type FactKind, type Facts } from './grounding.ts';
export { phrasingProblem, compilePhrasing, findMatches, MAX_GAP } from './phrasing.ts';
export { NEGATORS, NEGATION_WINDOW } from './negation.ts';
export { checkSamples, type SampleOutcome } from './samples.ts';
export { parseFrontmatter, type Frontmatter } from './frontmatter.ts';
