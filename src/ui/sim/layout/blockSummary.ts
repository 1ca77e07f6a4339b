/**
 * The words a canvas of task blocks stands for (its aria-label): how many tasks, and per revision how many are
 * in each lifecycle state, e.g. "5 tasks: rev 3: 2 RUNNING; rev 4: 2 RUNNING, 1 PROVISIONING".
 */

/** Lifecycle order, so the counts read in the order a task goes through them. */
const ORDER = ['PROVISIONING', 'PENDING', 'ACTIVATING', 'RUNNING', 'DEACTIVATING', 'STOPPING', 'DEPROVISIONING', 'STOPPED'];

/** One block: the group it is counted under (e.g. `rev 3`) and its `lastStatus`. */
export interface SummaryItem {
  group: string;
  state: string;
}

/** "N tasks: group: n STATE, …; group: …", groups in the order first met; "No tasks" when empty. */
export function summarizeStates(items: readonly SummaryItem[]): string {
  if (items.length === 0) return 'No tasks';
  const groups = new Map<string, Map<string, number>>();
  for (const { group, state } of items) {
    const counts = groups.get(group) ?? new Map<string, number>();
    counts.set(state, (counts.get(state) ?? 0) + 1);
    groups.set(group, counts);
  }
  const rank = (s: string) => (ORDER.includes(s) ? ORDER.indexOf(s) : ORDER.length);
  const parts = [...groups].map(([group, counts]) => {
    const states = [...counts].sort((a, b) => rank(a[0]) - rank(b[0]) || a[0].localeCompare(b[0]));
    return `${group}: ${states.map(([s, n]) => `${n} ${s}`).join(', ')}`;
  });
  return `${items.length} task${items.length === 1 ? '' : 's'}: ${parts.join('; ')}`;
}
