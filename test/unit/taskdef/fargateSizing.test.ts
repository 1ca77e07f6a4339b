import { describe, expect, test } from 'vitest';
import {
  FARGATE_SIZES,
  FARGATE_VALID_PAIRS,
  formatVcpu,
  isValidFargateSize,
  nearestValidCpu,
  nearestValidMemory,
  parseTaskCpu,
  parseTaskMemory,
  validCpusFor,
  validMemoriesFor,
} from '../../../src/sim/taskdef/index.ts';

// The published table (ecs-behaviour.md §3.2), written out independently of the generator under test.
const PUBLISHED: Record<number, { from: number; to: number; step: number; count: number }> = {
  256: { from: 512, to: 2048, step: 512, count: 3 },
  512: { from: 1024, to: 4096, step: 1024, count: 4 },
  1024: { from: 2048, to: 8192, step: 1024, count: 7 },
  2048: { from: 4096, to: 16384, step: 1024, count: 13 },
  4096: { from: 8192, to: 30720, step: 1024, count: 23 },
  8192: { from: 16384, to: 61440, step: 4096, count: 12 },
  16384: { from: 32768, to: 122880, step: 8192, count: 12 },
};

describe('Fargate size table', () => {
  test('has exactly the 74 valid pairs', () => {
    expect(FARGATE_VALID_PAIRS).toHaveLength(74);
    expect(new Set(FARGATE_VALID_PAIRS.map((p) => `${p.cpu}/${p.memory}`)).size).toBe(74);
  });

  test('matches the published row for every cpu value', () => {
    expect(FARGATE_SIZES.map((r) => r.cpu)).toEqual([256, 512, 1024, 2048, 4096, 8192, 16384]);
    for (const row of FARGATE_SIZES) {
      const spec = PUBLISHED[row.cpu]!;
      expect(row.memories.length).toBe(spec.count);
      expect(row.memories[0]).toBe(spec.from);
      expect(row.memories.at(-1)).toBe(spec.to);
      if (row.cpu !== 256) row.memories.slice(1).forEach((m, i) => expect(m - row.memories[i]!).toBe(spec.step));
    }
    expect(validMemoriesFor(256)).toEqual([512, 1024, 2048]);
  });

  test.each(FARGATE_VALID_PAIRS.map((p) => [p.cpu, p.memory]))('accepts %i CPU with %i MiB', (cpu, memory) => {
    expect(isValidFargateSize(cpu, memory)).toBe(true);
  });

  test.each([
    [1024, 9216, 'one step above the 1 vCPU maximum'],
    [8192, 18432, 'not on the 4 GiB step of 8 vCPU'],
    [16384, 36864, 'not on the 8 GiB step of 16 vCPU'],
    [256, 1536, '.25 vCPU skips 1.5 GiB'],
    [256, 3072, 'above the .25 vCPU maximum'],
    [512, 512, 'below the .5 vCPU minimum'],
    [4096, 31744, 'above the 4 vCPU maximum'],
    [16384, 131072, 'above the 16 vCPU maximum'],
    [32768, 65536, 'no 32 vCPU size exists'],
    [300, 512, 'not a Fargate cpu value'],
  ])('rejects %i CPU with %i MiB (%s)', (cpu, memory) => {
    expect(isValidFargateSize(cpu, memory)).toBe(false);
  });
});

describe('parseTaskCpu', () => {
  test.each([
    ['256', 256],
    ['1024', 1024],
    ['1 vCPU', 1024],
    ['1 vcpu', 1024],
    ['1vCPU', 1024],
    ['.25 vCPU', 256],
    ['0.5 vCPU', 512],
    ['.5 VCPU', 512],
    ['16 vCPU', 16384],
    [' 2 vCPU ', 2048],
  ])('reads %j as %i units', (text, units) => {
    expect(parseTaskCpu(text)).toBe(units);
  });

  test.each(['', 'abc', '1 CPU', '1 GB', '-256', '0', '1,024', 'vCPU'])('refuses %j', (text) => {
    expect(parseTaskCpu(text)).toBeUndefined();
  });
});

describe('parseTaskMemory', () => {
  test.each([
    ['512', 512],
    ['2GB', 2048],
    ['2 GB', 2048],
    ['2 gb', 2048],
    ['0.5 GB', 512],
    ['120 GB', 122880],
  ])('reads %j as %i MiB', (text, mib) => {
    expect(parseTaskMemory(text)).toBe(mib);
  });

  test.each(['', '2 GiB', '2 MB', 'lots', '0', '2048MiB'])('refuses %j', (text) => {
    expect(parseTaskMemory(text)).toBeUndefined();
  });
});

describe('quick-fix helpers', () => {
  test('nearestValidMemory snaps to the closest allowed memory for the cpu', () => {
    expect(nearestValidMemory(1024, 9216)).toBe(8192);
    expect(nearestValidMemory(1024, 1000)).toBe(2048);
    expect(nearestValidMemory(8192, 18432)).toBe(20480); // tie between 16384 and 20480 goes up
    expect(nearestValidMemory(256, 1536)).toBe(2048);
    expect(nearestValidMemory(2048, 5000)).toBe(5120);
  });

  test('nearestValidMemory uses the nearest Fargate cpu when the cpu is not offered', () => {
    expect(nearestValidMemory(1000, 9216)).toBe(8192);
    expect(isValidFargateSize(1024, nearestValidMemory(1000, 9216))).toBe(true);
  });

  test('nearestValidCpu gives the smallest cpu that accepts the memory', () => {
    expect(nearestValidCpu(512)).toBe(256);
    expect(nearestValidCpu(4096)).toBe(512);
    expect(nearestValidCpu(9216)).toBe(2048);
    expect(nearestValidCpu(65536)).toBe(16384);
    expect(nearestValidCpu(200000)).toBe(16384);
  });

  test('every nearest pair is a valid Fargate size', () => {
    for (const cpu of [1, 128, 256, 700, 1024, 3000, 4096, 10000, 16384, 99999]) {
      for (const memory of [1, 512, 3000, 9216, 18432, 36864, 200000]) {
        const fixed = nearestValidMemory(cpu, memory);
        expect(validMemoriesFor(FARGATE_SIZES.find((r) => r.memories.includes(fixed))!.cpu)).toContain(fixed);
        expect(isValidFargateSize(nearestValidCpu(memory), nearestValidMemory(nearestValidCpu(memory), memory))).toBe(true);
      }
    }
  });

  test('validCpusFor lists every cpu that accepts a memory', () => {
    expect(validCpusFor(2048)).toEqual([256, 512, 1024]);
    expect(validCpusFor(16384)).toEqual([2048, 4096, 8192]);
    expect(validCpusFor(9999)).toEqual([]);
  });

  test('formatVcpu prints cpu units the way the console does', () => {
    expect(formatVcpu(256)).toBe('.25 vCPU');
    expect(formatVcpu(512)).toBe('.5 vCPU');
    expect(formatVcpu(4096)).toBe('4 vCPU');
  });
});
