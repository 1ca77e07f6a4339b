/**
 * The optional parts (see ./registry.ts), imported up front: what Node, the tools and the tests get.
 * The browser build replaces this module with ./parts.browser.ts, which has the same exports.
 */
import * as formatters from '../cli/formatters.ts';
import * as help from '../cli/help.ts';
import * as query from '../cli/query.ts';
import * as waiters from '../cli/waiters.ts';
import * as autoscaling from '../autoscaling/engine.ts';
import * as sim from '../cli/simPart.ts';
import * as exec from '../runtime/execShell.ts';
import type { OptionalRegistry } from './registry.ts';

const modules = { query, formatters, help, waiters, autoscaling, sim, exec };

export const optional: OptionalRegistry = {
  get: (name) => modules[name],
  peek: (name) => modules[name],
  load: () => undefined,
};
