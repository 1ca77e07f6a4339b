import { describe, expect, test } from 'vitest';
import { validateTaskDefinition } from '../../../src/sim/taskdef/index.ts';
import { userService } from './chapterFixtures.ts';

describe('diagnostic order', () => {
  test('follows the document: keys in written order, containers by index, missing members last', () => {
    const doc = userService((d) => {
      d.family = 'bad family'; // first key
      delete d.cpu; // missing → reported after the existing top-level members
      d.containerDefinitions[0].image = 'nginx:latest';
      d.containerDefinitions[0].portMappings[0].hostPort = 80;
      d.containerDefinitions.push({ name: 'b', image: 'b:latest', essential: false });
    });

    const order = validateTaskDefinition(doc).map((d) => `${d.code}@${d.path.join('.')}`);

    expect(order).toEqual([
      'family-invalid@family',
      'image-tag-latest@containerDefinitions.0.image',
      'awsvpc-host-port-mismatch@containerDefinitions.0.portMappings.0.hostPort',
      'image-tag-latest@containerDefinitions.1.image',
      'log-configuration-missing@containerDefinitions.1.logConfiguration',
      'fargate-cpu-required@cpu',
    ]);
  });

  test('does not depend on the order the rules run in: reordering keys reorders the findings', () => {
    const doc = userService((d) => {
      d.family = 'bad family';
      d.networkMode = 'bridge';
    });
    const reordered = Object.fromEntries(Object.entries(doc).reverse());

    const codes = validateTaskDefinition(doc).map((d) => d.code);
    const reversedCodes = validateTaskDefinition(reordered).map((d) => d.code);

    expect(codes).toEqual(['family-invalid', 'fargate-network-mode']);
    expect(reversedCodes).toEqual(['fargate-network-mode', 'family-invalid']);
  });
});
