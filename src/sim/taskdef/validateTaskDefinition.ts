/**
 * The one validator for task-definition documents, shared by RegisterTaskDefinition (which rejects on the first
 * diagnostic AWS would reject) and the editor (which shows them all as markers). See RULES.md for the codes.
 */
import { DOCS, diagnostic, type Diagnostic } from './diagnostic.ts';
import { sortByDocumentOrder } from './documentOrder.ts';
import { isObject } from './jsonAccess.ts';
import { PARAM_VALIDATION, validateParams } from './paramValidation.ts';
import { pythonStr, pythonTypeName } from './pythonRepr.ts';
import {
  environmentSecretRule,
  healthCheckPresenceRule,
  imageTagRule,
  logConfigurationPresenceRule,
} from './rules/bestPracticeRules.ts';
import {
  awslogsOptionsRule,
  containerImageRule,
  containerNameRule,
  containerResourcesRule,
  dependsOnRule,
  healthCheckRule,
  portMappingRule,
  secretsRule,
} from './rules/containerRules.ts';
import { enumRule } from './rules/enumRule.ts';
import { fargateContainerRule, fargateTaskFeaturesRule, fargateTaskRule, fargateWindowsSizeRule } from './rules/fargateRules.ts';
import { buildRuleContext, type Rule } from './rules/ruleContext.ts';
import {
  containerListRule,
  ephemeralStorageRule,
  essentialContainerRule,
  familyRule,
  roleArnRule,
  taskSizeFormRule,
} from './rules/taskRules.ts';

/** Every semantic rule, run after the parameter validation. Order here does not matter: results are sorted. */
const RULES: readonly Rule[] = [
  familyRule,
  containerListRule,
  taskSizeFormRule,
  roleArnRule,
  ephemeralStorageRule,
  essentialContainerRule,
  enumRule,
  fargateTaskRule,
  fargateWindowsSizeRule,
  fargateTaskFeaturesRule,
  fargateContainerRule,
  containerNameRule,
  containerImageRule,
  portMappingRule,
  containerResourcesRule,
  healthCheckRule,
  secretsRule,
  awslogsOptionsRule,
  dependsOnRule,
  environmentSecretRule,
  healthCheckPresenceRule,
  imageTagRule,
  logConfigurationPresenceRule,
];

/**
 * Validates a task-definition document (a RegisterTaskDefinition input, e.g. the file passed with
 * `--cli-input-json`). Accepts anything — the value is whatever the learner typed — and never throws.
 * Returns every finding in document order.
 */
export function validateTaskDefinition(input: unknown): Diagnostic[] {
  try {
    if (!isObject(input)) {
      return [
        diagnostic(
          'error',
          'param-invalid-type',
          [],
          `Invalid type for parameter input, value: ${pythonStr(input)}, type: ${pythonTypeName(input)}, valid types: <class 'dict'>`,
          DOCS.anatomy,
          PARAM_VALIDATION,
        ),
      ];
    }
    const out: Diagnostic[] = validateParams(input);
    const ctx = buildRuleContext(input);
    for (const rule of RULES) rule(ctx, out);
    return sortByDocumentOrder(input, out);
  } catch {
    // Defensive only: the rules are written not to throw. Should one ever do so on a pathological value
    // (e.g. a getter-bearing object passed from code), the editor must still get an answer, not a crash.
    return [diagnostic('error', 'internal-validation-failure', [], 'The task definition could not be checked.', DOCS.anatomy)];
  }
}
