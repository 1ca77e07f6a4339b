/**
 * Pages of a long table. The cluster view's task table lists one row per task; with hundreds of tasks a full
 * table cost a whole-table layout on every change, so it shows one page of rows at a time, with buttons to
 * move between pages and a line saying which rows are shown (every task stays reachable).
 */

/** The rows a page shows: `start` inclusive, `end` exclusive; `page` clamped to the pages that exist. */
export interface PageSlice {
  page: number;
  pages: number;
  start: number;
  end: number;
}

/** Rows per page of the task table. */
export const TASK_PAGE_SIZE = 25;

/** The slice of `total` rows shown on `page` (0-based) with `size` rows a page. */
export function pageSlice(total: number, page: number, size = TASK_PAGE_SIZE): PageSlice {
  const pages = Math.max(1, Math.ceil(total / size));
  const p = Math.min(pages - 1, Math.max(0, Math.floor(Number.isFinite(page) ? page : 0)));
  return { page: p, pages, start: p * size, end: Math.min(total, (p + 1) * size) };
}

/** What the pager says, e.g. "Tasks 26–50 of 400" or "3 tasks". */
export function pageLabel(slice: PageSlice, total: number, noun = 'tasks'): string {
  if (slice.pages <= 1) return `${total} ${total === 1 ? noun.replace(/s$/, '') : noun}`;
  return `${noun[0]!.toUpperCase()}${noun.slice(1)} ${slice.start + 1}–${slice.end} of ${total} (page ${slice.page + 1} of ${slice.pages})`;
}
