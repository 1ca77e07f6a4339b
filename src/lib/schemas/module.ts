/**
 * `content/<module>/module.json`: the title, summary, order and objectives of a module.
 * Strict like the lesson schema; `$schema` is allowed so editors can offer completion.
 */
import { z } from 'astro/zod';
import { withFriendlyErrors, type FieldHints } from './friendly.ts';

/** The strict object without the friendly wrapper. */
export const moduleObject = z.strictObject({
  /** Lets an editor find a JSON Schema; ignored by the site. */
  $schema: z.string().optional(),
  /** The module title, shown on the home page, the module page and in the sidebar. */
  title: z.string().trim().min(1).max(90),
  /** Two or three sentences shown on the home page and the module page. */
  summary: z.string().trim().min(1).max(600),
  /** Position of the module on the home page and in the sidebar (ascending). */
  order: z.int().min(0).max(999),
  /** What the learner can do after the module. */
  objectives: z.array(z.string().trim().min(1)).min(1).max(12),
});

const hints: FieldHints = {
  title: 'text (the module title)',
  summary: 'text (two or three sentences)',
  order: 'a whole number, e.g. 1',
  objectives: 'a list of objectives, one string each',
};

/** Field names allowed in module.json. */
export const MODULE_FIELDS = Object.keys(moduleObject.shape).filter((k) => k !== '$schema');

/** The content-collection schema for module.json files. */
export const moduleSchema = withFriendlyErrors(moduleObject, hints, MODULE_FIELDS);

/** A module's metadata after validation. */
export type ModuleMeta = z.output<typeof moduleObject>;
