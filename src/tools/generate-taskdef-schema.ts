/**
 * Generates the task-definition editor's JSON Schema (src/ui/editor/taskdef.schema.json) from the one API model
 * the CLI layer also uses (src/sim/model, RegisterTaskDefinitionRequest), so the editor's completions, enums and
 * required members can never disagree with the simulator.
 *
 *   npx tsx src/tools/generate-taskdef-schema.ts [--check]
 *
 * Every member of the input shape becomes a property with its type, enum and required flag. Hover text is the
 * course's own words (src/ui/editor/fieldDocs.ts, with lesson links) followed by AWS's reference text, read from
 * the aws-sdk v2 declarations (`clients/ecs.d.ts`, the same package the API model is generated from) and cut to
 * its first sentences. Snippets (container, health check, secret, log configuration…) are `defaultSnippets`,
 * which Monaco's JSON language offers in completion.
 *
 * The output is committed; test/unit/editor/schema.test.ts proves that regenerating gives the same bytes.
 * `--check` exits 1 when the committed file is out of date instead of writing it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { FARGATE_CPU_VALUES, FARGATE_VALID_PAIRS, apiModels } from '../sim/index.ts';
import type { ApiShape } from '../sim/model/apiModelTypes.ts';
import { fieldMarkdown } from '../ui/editor/fieldDocs.ts';
import { SNIPPETS } from '../ui/editor/snippets.ts';

/** Where the committed schema lives. */
export const SCHEMA_FILE = fileURLToPath(new URL('../ui/editor/taskdef.schema.json', import.meta.url));

/** The schema's id; the editor registers it under this URI. */
export const SCHEMA_ID = 'inmemory://ecs-course/schemas/register-task-definition.json';

/**
 * Values offered in completion for free-text members (JSON Schema `examples`): the Fargate sizes come from the
 * simulator's table, so the editor suggests exactly what the validator accepts.
 */
const EXAMPLES: Readonly<Record<string, readonly string[]>> = {
  cpu: FARGATE_CPU_VALUES.map(String),
  memory: [...new Set(FARGATE_VALID_PAIRS.map((p) => p.memory))].sort((a, b) => a - b).map(String),
  executionRoleArn: ['arn:aws:iam::123456789012:role/ecsTaskExecutionRole'],
};

/** A JSON Schema node (the subset we emit). */
type JsonSchema = Record<string, unknown>;

/** AWS's documentation per `Shape.member`, from the aws-sdk v2 declarations. */
export type AwsDocs = ReadonlyMap<string, string>;

/** Reads member docs from `clients/ecs.d.ts`: `export interface X { /** doc *\/ member?: T; }`. */
export function readAwsDocs(dts: string): AwsDocs {
  const docs = new Map<string, string>();
  for (const m of dts.matchAll(/^ {2}export interface (\w+) \{\n([\s\S]*?)^ {2}\}/gm)) {
    for (const mm of m[2]!.matchAll(/\/\*\*\n((?:\s+\*.*\n)+?)\s+\*\/\n\s+(\w+)\??:/g)) {
      const text = mm[1]!
        .split('\n')
        .map((l) => l.replace(/^\s*\* ?/, ''))
        .join(' ')
        .replace(/\s+/g, ' ')
        .trim();
      docs.set(`${m[1]}.${mm[2]}`, summarise(text));
    }
  }
  return docs;
}

/** The first sentences of AWS's text, at most about 320 characters (the hover stays readable). */
function summarise(text: string): string {
  const sentences = text.match(/[^.!?]+(?:[.!?](?=\s|$)|$)/g) ?? [text];
  let out = '';
  for (const s of sentences) {
    if (out.length > 0 && out.length + s.length > 320) break;
    out += s;
  }
  return out.trim();
}

/** Loads the aws-sdk v2 ECS declarations (a dev dependency). */
export function loadAwsDocs(): AwsDocs {
  const require = createRequire(import.meta.url);
  const sdkRoot = dirname(require.resolve('aws-sdk/package.json'));
  return readAwsDocs(readFileSync(join(sdkRoot, 'clients', 'ecs.d.ts'), 'utf8'));
}

/**
 * Builds the schema. Pure: the same model and docs give the same object.
 * @param shapes the API model's shapes (`apiModels.ecs.shapes`)
 * @param awsDocs AWS's member docs, keyed `Shape.member`
 */
export function buildTaskDefSchema(shapes: Readonly<Record<string, ApiShape>>, awsDocs: AwsDocs): JsonSchema {
  const convert = (shapeName: string, path: string, stack: readonly string[]): JsonSchema => {
    const shape = shapes[shapeName];
    if (shape === undefined) throw new Error(`The API model has no shape "${shapeName}" (at ${path || 'the root'}).`);
    // The RegisterTaskDefinition input is not recursive, but a future model could be: stop rather than loop.
    if (stack.includes(shapeName)) return {};
    const inner = [...stack, shapeName];
    switch (shape.type) {
      case 'string':
        return shape.enum ? { type: 'string', enum: [...shape.enum] } : { type: 'string' };
      case 'integer':
      case 'long':
        return { type: 'integer' };
      case 'double':
      case 'float':
        return { type: 'number' };
      case 'boolean':
        return { type: 'boolean' };
      case 'timestamp':
      case 'blob':
        return { type: 'string' };
      case 'list': {
        const items = convert(shape.member, `${path}[]`, inner);
        const snippets = SNIPPETS[`${path}[]`];
        if (snippets) items['defaultSnippets'] = snippets;
        return { type: 'array', items };
      }
      case 'map':
        return { type: 'object', additionalProperties: convert(shape.value, `${path}.*`, inner) };
      case 'structure': {
        const properties: Record<string, JsonSchema> = {};
        for (const [member, memberShape] of Object.entries(shape.members)) {
          const memberPath = path ? `${path}.${member}` : member;
          const node = convert(memberShape, memberPath, inner);
          const md = fieldMarkdown(memberPath, awsDocs.get(`${shapeName}.${member}`));
          if (md !== undefined) node['markdownDescription'] = md;
          const examples = EXAMPLES[memberPath];
          if (examples) node['examples'] = [...examples];
          const snippets = SNIPPETS[memberPath];
          if (snippets) node['defaultSnippets'] = snippets;
          properties[member] = node;
        }
        const out: JsonSchema = { type: 'object', properties, additionalProperties: false };
        if (shape.required && shape.required.length > 0) out['required'] = [...shape.required];
        return out;
      }
    }
  };

  const operation = apiModels.ecs.operations['RegisterTaskDefinition'];
  const root = convert(operation?.input ?? 'RegisterTaskDefinitionRequest', '', []);
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: SCHEMA_ID,
    title: 'ECS RegisterTaskDefinition input (task-definition JSON)',
    $comment: 'GENERATED by src/tools/generate-taskdef-schema.ts from src/sim/model (RegisterTaskDefinitionRequest). Do not edit; regenerate.',
    ...root,
    defaultSnippets: SNIPPETS[''],
  };
}

/** The committed file's exact text for the current model and docs. */
export function generateTaskDefSchemaText(awsDocs: AwsDocs = loadAwsDocs()): string {
  return `${JSON.stringify(buildTaskDefSchema(apiModels.ecs.shapes, awsDocs), null, 2)}\n`;
}

function main(): void {
  const text = generateTaskDefSchemaText();
  if (process.argv.includes('--check')) {
    const current = readFileSync(SCHEMA_FILE, 'utf8');
    if (current !== text) {
      console.error(`${SCHEMA_FILE} is out of date: run npx tsx src/tools/generate-taskdef-schema.ts`);
      process.exit(1);
    }
    console.log('taskdef.schema.json is up to date.');
    return;
  }
  writeFileSync(SCHEMA_FILE, text);
  console.log(`Wrote ${SCHEMA_FILE} (${text.length} bytes).`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) main();
