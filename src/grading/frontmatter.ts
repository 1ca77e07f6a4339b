/**
 * Splits an MDX file into YAML frontmatter and body. Pure (the `yaml` package is plain JS), so the
 * Node `ecs-course` tools and tests read challenge and lab files exactly as the site would.
 */
import { parse, YAMLParseError } from 'yaml';

/** A parsed file: the frontmatter data (or the problem), and the body after it. */
export type Frontmatter = { ok: true; data: unknown; body: string } | { ok: false; problem: string };

/** Parses `---\n<yaml>\n---\n<body>`; problems name the line of the YAML error. */
export function parseFrontmatter(text: string): Frontmatter {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!m) return { ok: false, problem: 'the file must start with a frontmatter block between two "---" lines' };
  try {
    return { ok: true, data: parse(m[1]!) as unknown, body: m[2]! };
  } catch (error) {
    if (error instanceof YAMLParseError) {
      const line = error.linePos?.[0]?.line;
      return { ok: false, problem: `the frontmatter is not valid YAML${line ? ` (line ${line + 1} of the file)` : ''}: ${error.message.split('\n')[0]}` };
    }
    return { ok: false, problem: `the frontmatter could not be read: ${String(error)}` };
  }
}
