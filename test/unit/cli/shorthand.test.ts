import { describe, expect, it } from 'vitest';

import { apiModels } from '../../../src/sim/model/index.ts';
import { applyShorthandModel, parseShorthand, ShorthandParseError } from '../../../src/sim/cli/shorthand.ts';

describe('parseShorthand', () => {
  it('parses key=value pairs, csv lists, explicit lists and nested hashes', () => {
    expect(parseShorthand('Key=Value,Key2=[a,b]')).toEqual({ Key: 'Value', Key2: ['a', 'b'] });
    expect(parseShorthand('subnets=a,b,assignPublicIp=DISABLED')).toEqual({ subnets: ['a', 'b'], assignPublicIp: 'DISABLED' });
    expect(parseShorthand('deploymentCircuitBreaker={enable=true,rollback=true}')).toEqual({
      deploymentCircuitBreaker: { enable: 'true', rollback: 'true' },
    });
  });

  it('keeps quoted values whole, commas included', () => {
    expect(parseShorthand(`name='a,b',value="c d"`)).toEqual({ name: 'a,b', value: 'c d' });
  });

  it('points at the failing character, as the CLI does', () => {
    expect(() => parseShorthand('deploymentCircuitBreaker={enable=true')).toThrow(
      "Expected: ',', received: 'EOF' for input:\ndeploymentCircuitBreaker={enable=true\n                                     ^",
    );
    expect(() => parseShorthand('foo')).toThrow(ShorthandParseError);
  });

  it('reports a repeated key with the hint about spaces', () => {
    expect(() => parseShorthand('containerName=x,containerName=y')).toThrow(/Second instance of key "containerName"/);
  });
});

describe('applyShorthandModel', () => {
  const ecs = apiModels.ecs;
  it('converts numbers and booleans and wraps single list values, following the model', () => {
    const parsed = parseShorthand('awsvpcConfiguration={subnets=subnet-1,assignPublicIp=DISABLED}');
    expect(applyShorthandModel(parsed, 'NetworkConfiguration', ecs)).toEqual({
      awsvpcConfiguration: { subnets: ['subnet-1'], assignPublicIp: 'DISABLED' },
    });
    const dc = parseShorthand('deploymentCircuitBreaker={enable=true,rollback=false},maximumPercent=200');
    expect(applyShorthandModel(dc, 'DeploymentConfiguration', ecs)).toEqual({
      deploymentCircuitBreaker: { enable: true, rollback: false },
      maximumPercent: 200,
    });
  });
});
