/**
 * The three task definitions of the source chapter (6.3.b, sections 3 and 10), copied verbatim into
 * fixtures/, plus helpers to derive test documents from them.
 */
import { readFileSync } from 'node:fs';
import type { RegistryContext } from '../../../src/sim/taskdef/index.ts';

/** Family names of the chapter's task definitions. */
export const CHAPTER_FAMILIES = ['user-service', 'api-gateway', 'email-worker'] as const;

/** A fresh copy of one chapter task definition. */
export function chapterDoc(family: (typeof CHAPTER_FAMILIES)[number]): Record<string, any> {
  return JSON.parse(readFileSync(new URL(`./fixtures/${family}.taskdef.json`, import.meta.url), 'utf8'));
}

/** A fresh copy of user-service (the fully featured one) after `edit` changed it. */
export function userService(edit: (doc: Record<string, any>) => void = () => {}): Record<string, any> {
  const doc = chapterDoc('user-service');
  edit(doc);
  return doc;
}

/** A minimal EC2 (bridge) task definition after `edit`. */
export function ec2Doc(edit: (doc: Record<string, any>) => void = () => {}): Record<string, any> {
  const doc: Record<string, any> = {
    family: 'web',
    containerDefinitions: [
      {
        name: 'web',
        image: 'public.ecr.aws/nginx/nginx:1.27',
        memory: 256,
        portMappings: [{ containerPort: 80 }],
        healthCheck: { command: ['CMD-SHELL', 'curl -f http://localhost/ || exit 1'] },
        logConfiguration: { logDriver: 'json-file' },
      },
    ],
  };
  edit(doc);
  return doc;
}

/** The registry context the tests use: fixed account, region, clock and caller. */
export function testContext(overrides: Partial<RegistryContext> = {}): RegistryContext {
  return {
    accountId: '123456789012',
    region: 'us-east-1',
    now: Date.UTC(2026, 0, 15, 9, 0, 0),
    callerArn: 'arn:aws:iam::123456789012:user/alice',
    ...overrides,
  };
}
