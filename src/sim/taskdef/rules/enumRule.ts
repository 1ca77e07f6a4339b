/**
 * `enum-value-invalid`: every string member the API model declares as an enum (networkMode,
 * requiresCompatibilities, portMappings protocol/appProtocol, logDriver, dependsOn condition, pidMode, ipcMode,
 * ulimit names…) must hold one of its values. The service (not the CLI) rejects these, and it is case-sensitive:
 * `AWSVPC` is as wrong as `vpc`.
 */
import { REGISTER_TASK_DEFINITION_INPUT, type ApiShape } from '../apiShape.ts';
import { DOCS, diagnostic, type Diagnostic, type JsonPath } from '../diagnostic.ts';
import { isObject } from '../jsonAccess.ts';
import type { Rule } from './ruleContext.ts';

/** Which course section explains each enum member (by member name); the rest link to the anatomy page. */
const DOCS_BY_MEMBER: Record<string, string> = {
  networkMode: DOCS.networkMode,
  requiresCompatibilities: DOCS.networkMode,
  protocol: DOCS.portMappings,
  appProtocol: DOCS.portMappings,
  logDriver: DOCS.logging,
  condition: DOCS.essential,
};

/** Reports enum members holding a value outside their enum. */
export const enumRule: Rule = (ctx, out) => {
  walk(ctx.doc, REGISTER_TASK_DEFINITION_INPUT, [], out);
};

function walk(value: unknown, shape: ApiShape, path: JsonPath, out: Diagnostic[]): void {
  switch (shape.type) {
    case 'string': {
      if (shape.enum === undefined || typeof value !== 'string' || shape.enum.includes(value)) return;
      const member = [...path].reverse().find((p): p is string => typeof p === 'string') ?? '';
      const suggestion = shape.enum.find((e) => e.toLowerCase() === value.toLowerCase());
      const hint = suggestion === undefined ? '' : ` Did you mean '${suggestion}'?`;
      out.push(
        diagnostic(
          'error',
          'enum-value-invalid',
          path,
          `Invalid value '${value}' for ${member}. Valid values: ${shape.enum.join(', ')}.${hint}`,
          DOCS_BY_MEMBER[member] ?? DOCS.anatomy,
          'ClientException',
        ),
      );
      return;
    }
    case 'list':
      if (Array.isArray(value)) value.forEach((item, i) => walk(item, shape.member, [...path, i], out));
      return;
    case 'structure':
      if (!isObject(value)) return;
      for (const [key, member] of Object.entries(shape.members)) {
        if (Object.hasOwn(value, key)) walk(value[key], member, [...path, key], out);
      }
      return;
    default:
      return;
  }
}
