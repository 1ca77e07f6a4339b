import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { apiModels, validateTaskDefinition } from '../../../src/sim/index.ts';
import { generateTaskDefSchemaText, SCHEMA_FILE } from '../../../src/tools/generate-taskdef-schema.ts';
import { CHAPTER_DOCS } from './chapterDocs.ts';

const committed = readFileSync(SCHEMA_FILE, 'utf8');
const schema = JSON.parse(committed);

describe('task-definition JSON Schema', () => {
  test('regenerating it from the API model gives the committed file, byte for byte', () => {
    expect(generateTaskDefSchemaText()).toBe(committed);
  });

  test('every member of the RegisterTaskDefinition input is a property, with the required ones marked', () => {
    const input = apiModels.ecs.shapes['RegisterTaskDefinitionRequest'] as unknown as { members: Record<string, string>; required: string[] };

    expect(Object.keys(schema.properties)).toEqual(Object.keys(input.members));
    expect(schema.required).toEqual(['family', 'containerDefinitions']);
    expect(schema.properties.containerDefinitions.items.required).toBeUndefined();
    expect(schema.properties.networkMode.enum).toEqual(['bridge', 'host', 'awsvpc', 'none']);
    expect(schema.properties.containerDefinitions.items.properties.portMappings.items.properties.protocol.enum).toEqual(['tcp', 'udp']);
  });

  test('hovers carry the course text and the lesson link', () => {
    const md = (p: { markdownDescription?: string }) => p.markdownDescription ?? '';
    const container = schema.properties.containerDefinitions.items.properties;

    expect(md(schema.properties.networkMode)).toContain('(/ecs-fargate/task-definition-anatomy/#network-mode)');
    expect(md(schema.properties.memory)).toContain('(/ecs-fargate/fargate-cpu-memory/#valid-combinations)');
    expect(md(container.healthCheck.properties.interval)).toContain('5–300, default 30');
    expect(md(container.secrets)).toContain('#environment-and-secrets');
    expect(md(container.logConfiguration)).toContain('#logging');
    expect(md(container.image)).toContain('#images-and-tags');
    expect(md(container.essential)).toContain('#essential-containers');
    expect(md(container.portMappings)).toContain('#port-mappings');
    expect(md(schema.properties.ephemeralStorage)).toContain('#ephemeral-storage');
    expect(md(schema.properties.executionRoleArn)).toContain('#execution-role-and-task-role');
  });

  test('every property has hover text', () => {
    const missing: string[] = [];
    const walk = (node: Record<string, any>, path: string) => {
      for (const [k, v] of Object.entries<Record<string, any>>(node.properties ?? {})) {
        if (!v.markdownDescription) missing.push(`${path}${k}`);
        walk(v, `${path}${k}.`);
        if (v.items) walk(v.items, `${path}${k}[].`);
      }
    };

    walk(schema, '');

    expect(missing).toEqual([]);
  });

  test('cpu and memory completions are exactly the Fargate sizes the validator accepts', () => {
    for (const cpu of schema.properties.cpu.examples) {
      const doc = { ...JSON.parse(CHAPTER_DOCS['user-service']!), cpu, memory: String(Number(cpu) * 2) };
      expect(validateTaskDefinition(doc).filter((d) => d.code === 'fargate-invalid-cpu-memory')).toEqual([]);
    }
  });

  test('the snippets the schema offers are valid task-definition parts', () => {
    const labels = [
      ...schema.defaultSnippets,
      ...schema.properties.containerDefinitions.items.defaultSnippets,
      ...schema.properties.containerDefinitions.items.properties.healthCheck.defaultSnippets,
      ...schema.properties.containerDefinitions.items.properties.secrets.items.defaultSnippets,
      ...schema.properties.containerDefinitions.items.properties.logConfiguration.defaultSnippets,
    ].map((s: { label: string }) => s.label);

    expect(labels).toEqual([
      'Fargate task definition',
      'Container definition',
      'Health check (CMD-SHELL)',
      'Secret from Secrets Manager',
      'Secret from SSM Parameter Store',
      'awslogs log configuration',
    ]);
  });
});
