// Helpers for the content tests: pull AWS CLI commands and JSON documents out of the source chapter
// and out of the MDX lessons, normalised so they can be compared.

/** Collapse `\` line continuations and all whitespace runs into single spaces. */
export function normaliseCommand(text: string): string {
  return text.replace(/\\\r?\n/g, ' ').replace(/\s+/g, ' ').trim();
}

const COMMAND_START = /^\s*(?:[A-Za-z_][A-Za-z0-9_]*=\$\()?aws\s/;

function singleQuotesOpen(text: string): boolean {
  // Inside a shell command, JSON arguments are wrapped in single quotes and span several lines.
  // An odd number of single quotes means a quoted argument is still open.
  let open = false;
  let inDouble = false;
  for (const ch of text) {
    if (ch === '"' && !open) inDouble = !inDouble;
    else if (ch === "'" && !inDouble) open = !open;
  }
  return open;
}

/** Line ranges [first, last] of the AWS CLI commands in text (see extractCommands). */
export function commandLineRanges(text: string): Array<[number, number]> {
  const lines = text.split(/\r?\n/);
  const ranges: Array<[number, number]> = [];
  for (let i = 0; i < lines.length; i++) {
    if (!COMMAND_START.test(lines[i])) continue;
    const first = i;
    while (i + 1 < lines.length) {
      const soFar = lines.slice(first, i + 1).join('\n');
      const continued = /\\\s*$/.test(lines[i]) || singleQuotesOpen(soFar);
      if (!continued) break;
      i++;
    }
    ranges.push([first, i]);
  }
  return ranges;
}

/**
 * Extract AWS CLI commands from text: a command starts on a line beginning with `aws ` (optionally
 * inside `VAR=$(`) and continues while a line ends with `\` or a single-quoted argument is open.
 */
export function extractCommands(text: string): string[] {
  const lines = text.split(/\r?\n/);
  return commandLineRanges(text).map(([a, b]) => normaliseCommand(lines.slice(a, b + 1).join('\n')));
}

/** Length of the balanced JSON value that starts at text[start] (which must be `{` or `[`). */
function balancedEnd(text: string, start: number): number {
  let depth = 0;
  let inString = false;
  let escaped = false;
  for (let i = start; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (escaped) escaped = false;
      else if (ch === '\\') escaped = true;
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === '"') inString = true;
    else if (ch === '{' || ch === '[') depth++;
    else if (ch === '}' || ch === ']') {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}

/**
 * Extract standalone JSON documents from the chapter: objects whose opening `{` stands alone on a
 * line (JSON embedded in shell commands is covered by the command comparison instead).
 */
export function extractChapterJson(source: string): unknown[] {
  const lines = source.split(/\r?\n/);
  for (const [a, b] of commandLineRanges(source)) for (let i = a; i <= b; i++) lines[i] = '';
  const text = lines.join('\n');
  const docs: unknown[] = [];
  const re = /^\{\s*$/gm;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const end = balancedEnd(text, m.index);
    if (end < 0) continue;
    docs.push(JSON.parse(text.slice(m.index, end)));
    re.lastIndex = end;
  }
  return docs;
}

export interface CodeBlock {
  lang: string;
  meta: string;
  code: string;
}

/** Fenced code blocks (``` or ~~~) of a markdown/MDX document. */
export function extractCodeBlocks(mdx: string): CodeBlock[] {
  const blocks: CodeBlock[] = [];
  const re = /^(```|~~~)([A-Za-z0-9_-]*)([^\n]*)\n([\s\S]*?)^\1[ \t]*$/gm;
  let m: RegExpExecArray | null;
  while ((m = re.exec(mdx))) {
    blocks.push({ lang: m[2], meta: m[3].trim(), code: m[4] });
  }
  return blocks;
}

/** The document with fenced code blocks removed (for checking prose and headings). */
export function stripCodeBlocks(mdx: string): string {
  return mdx.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[ \t]*$/gm, '');
}

export interface Frontmatter {
  raw: string;
  data: Record<string, unknown>;
}

/**
 * Minimal YAML subset used by lesson frontmatter: `key: scalar`, `key: [inline, list]` and block
 * lists (`  - item`). Quoted strings use JSON escaping rules.
 */
export function parseFrontmatter(mdx: string): Frontmatter | null {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(mdx);
  if (!m) return null;
  const data: Record<string, unknown> = {};
  let currentList: unknown[] | null = null;
  const scalar = (v: string): unknown => {
    const s = v.replace(/\s+#.*$/, '').trim();
    if (s.startsWith('"')) return JSON.parse(s);
    if (s.startsWith("'")) return s.slice(1, -1).replace(/''/g, "'");
    if (s.startsWith('[')) return JSON.parse(s);
    if (/^-?\d+(\.\d+)?$/.test(s)) return Number(s);
    if (s === 'true' || s === 'false') return s === 'true';
    return s;
  };
  for (const line of m[1].split(/\r?\n/)) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    const item = /^\s+-\s+(.*)$/.exec(line);
    if (item && currentList) {
      currentList.push(scalar(item[1]));
      continue;
    }
    const kv = /^([A-Za-z][A-Za-z0-9_]*):\s*(.*)$/.exec(line);
    if (!kv) throw new Error(`Unparseable frontmatter line: ${line}`);
    if (kv[2] === '') {
      currentList = [];
      data[kv[1]] = currentList;
    } else {
      currentList = null;
      data[kv[1]] = scalar(kv[2]);
    }
  }
  return { raw: m[0], data };
}

/** h1–h6 headings outside code blocks: [level, text]. */
export function extractHeadings(mdx: string): Array<[number, string]> {
  const body = stripCodeBlocks(mdx.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, ''));
  const out: Array<[number, string]> = [];
  for (const line of body.split(/\r?\n/)) {
    const m = /^(#{1,6})\s+(.+?)\s*#*\s*$/.exec(line);
    if (m) out.push([m[1].length, m[2]]);
  }
  return out;
}
