/**
 * Parses a lab file's text (frontmatter + MDX body) into a Lab, or author-facing problems. Starter files
 * that sit next to `index.mdx` as `starter.<name>` (e.g. `starter.orders-api.json`) become virtual file
 * `<name>`, so a long task definition is edited as a real JSON file rather than inside YAML.
 */
import { parseFrontmatter } from '../grading/frontmatter.ts';
import { schemaProblems, type SchemaProblem } from '../grading/rubricSchema.ts';
import { labSchema, type Lab } from './labSchema.ts';

/** The outcome of parsing a lab file. */
export type LabParse = { ok: true; lab: Lab; body: string } | { ok: false; problems: SchemaProblem[] };

/** The prefix that marks a lab folder's starter files. */
export const STARTER_PREFIX = 'starter.';

/**
 * Parses `labs/<NN-slug>/index.mdx`. `folderFiles` are the other files of the lab folder by name
 * (the Node tools read them from disk; the site imports them with `import.meta.glob`).
 */
export function parseLab(text: string, folderFiles: Readonly<Record<string, string>> = {}): LabParse {
  const fm = parseFrontmatter(text);
  if (!fm.ok) return { ok: false, problems: [{ field: '', message: fm.problem }] };
  const result = labSchema.safeParse(fm.data);
  if (!result.success) return { ok: false, problems: schemaProblems(result.error) };
  const lab = result.data;
  const problems = addStarterFiles(lab, folderFiles);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, lab, body: fm.body };
}

/**
 * Adds a lab folder's `starter.<name>` files to `lab.files` as `<name>` (in place) and returns the conflicts.
 * Shared by `parseLab` (Node tools) and the site (which gets the frontmatter from the content collection).
 */
export function addStarterFiles(lab: Lab, folderFiles: Readonly<Record<string, string>>): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  for (const [name, content] of Object.entries(folderFiles)) {
    if (!name.startsWith(STARTER_PREFIX)) continue;
    const virtual = name.slice(STARTER_PREFIX.length);
    if (virtual in lab.files) problems.push({ field: `files.${virtual}`, message: `"${virtual}" is given both in frontmatter files and as ${name}; keep one` });
    else lab.files[virtual] = content;
  }
  return problems;
}
