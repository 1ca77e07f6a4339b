/** Labs as data: schema, starting a lab, evaluating checks and proving a lab's solution. */
export { labSchema, stepSchema, checkSchema, type Lab, type LabStep, type Check } from './labSchema.ts';
export { expectationSchema, meets, describeExpectation, describeActual, type Expectation } from './expectation.ts';
export { PREDICATES, predicateProblems, type Predicate, type PredicateResult } from './predicates.ts';
export { scenarioSpecSchema, buildScenario, type ScenarioSpec } from './scenarioPatch.ts';
export { evaluateCheck, evaluateStep, readActual, asJsonCommand, type CheckOutcome } from './evaluate.ts';
export { startLab, type StartedLab } from './startLab.ts';
export { verifyLab, type LabVerification, type StepReplay } from './verifyLab.ts';
export { parseLab, addStarterFiles, STARTER_PREFIX, type LabParse } from './parseLab.ts';
