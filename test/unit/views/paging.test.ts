import { describe, expect, test } from 'vitest';
import { pageLabel, pageSlice } from '../../../src/ui/sim/layout/paging.ts';

describe('task table pages', () => {
  test('400 tasks in pages of 25: every task is on exactly one page', () => {
    const seen: number[] = [];
    const first = pageSlice(400, 0, 25);
    for (let p = 0; p < first.pages; p++) {
      const s = pageSlice(400, p, 25);
      for (let i = s.start; i < s.end; i++) seen.push(i);
    }

    expect(first.pages).toBe(16);
    expect(seen).toEqual([...Array(400).keys()]);
  });

  test('a page past the end (tasks stopped while it was shown) falls back to the last page', () => {
    expect(pageSlice(30, 5, 25)).toEqual({ page: 1, pages: 2, start: 25, end: 30 });
    expect(pageSlice(0, 3, 25)).toEqual({ page: 0, pages: 1, start: 0, end: 0 });
  });

  test('the pager says which rows are shown', () => {
    expect(pageLabel(pageSlice(400, 1, 25), 400)).toBe('Tasks 26–50 of 400 (page 2 of 16)');
    expect(pageLabel(pageSlice(3, 0, 25), 3)).toBe('3 tasks');
    expect(pageLabel(pageSlice(1, 0, 25), 1)).toBe('1 task');
  });
});
