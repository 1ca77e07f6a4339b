/**
 * `--output table`, ported from awscli/formatter.py (TableFormatter) and awscli/table.py (MultiTable,
 * Section) without colours: a title row with the operation name, one section per dict (sorted scalar
 * keys as the header row, values below), nested lists/dicts as indented sub-sections titled with their
 * key, and single-row sections turned vertical when the table is wider than the terminal (80 columns
 * when the width is unknown, as in the CLI).
 */
import { pythonStr } from './outputText.ts';

type Json = unknown;

const isDict = (v: Json): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isScalar = (v: Json): boolean => typeof v !== 'object' || v === null;
const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Display width: East Asian wide/fullwidth characters count as two, like the CLI's get_text_length. */
function textLength(text: string): number {
  let n = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    const wide =
      (cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0xa4cf) || (cp >= 0xac00 && cp <= 0xd7a3) ||
      (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xff60) ||
      (cp >= 0xffe0 && cp <= 0xffe6) || (cp >= 0x1f300 && cp <= 0x1faff) || (cp >= 0x20000 && cp <= 0x3fffd);
    n += wide ? 2 : 1;
  }
  return n;
}

/** Python's round(): halves go to the even neighbour. */
function pyRound(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

class Section {
  title = '';
  headers: string[] = [];
  rows: string[][] = [];
  indentLevel = 0;
  private numCols: number | undefined;
  private maxWidths: number[] = [];

  addHeader(headers: string[]): void {
    this.updateMaxWidths(headers);
    if (this.numCols === undefined) this.numCols = headers.length;
    this.headers = headers;
  }

  addRow(row: Json[]): void {
    if (this.numCols === undefined) this.numCols = row.length;
    if (row.length !== this.numCols) {
      throw new Error(`Row should have ${this.numCols} elements, instead it has ${row.length}`);
    }
    const formatted = row.map((r) => pythonStr(r));
    this.rows.push(formatted);
    this.updateMaxWidths(formatted);
  }

  private updateMaxWidths(row: string[]): void {
    if (!this.maxWidths.length) this.maxWidths = row.map(textLength);
    else row.forEach((el, i) => (this.maxWidths[i] = Math.max(textLength(el), this.maxWidths[i] ?? 0)));
  }

  calculateColumnWidths(padding = 0, maxWidth?: number): number[] {
    const unscaled = this.maxWidths.map((w) => w + padding);
    if (maxWidth === undefined || !unscaled.length) return unscaled;
    const scale = maxWidth / unscaled.reduce((a, b) => a + b, 0);
    const scaled = unscaled.map((w) => pyRound(scale * w));
    let offBy = scaled.reduce((a, b) => a + b, 0) - maxWidth;
    while (offBy !== 0) {
      const order = scaled.map((_, i) => i);
      if (offBy < 0) order.reverse();
      for (const i of order) {
        if (offBy > 0) {
          scaled[i]!--;
          offBy--;
        } else {
          scaled[i]!++;
          offBy++;
        }
        if (offBy === 0) break;
      }
    }
    return scaled;
  }

  totalWidth(padding: number, withBorder: boolean, outerPadding: number): number {
    let total = 0;
    for (const w of this.calculateColumnWidths()) total += w + padding;
    if (withBorder) total += 2;
    total += 2 * outerPadding;
    return Math.max(textLength(this.title) + 2 + 2 * outerPadding, total);
  }
}

function centerText(text: string, length: number, leftEdge = '|', rightEdge = '|'): string {
  const textLen = textLength(text);
  const charStart = Math.floor(length / 2) - Math.floor(textLen / 2) - 1;
  const left = leftEdge + ' '.repeat(Math.max(0, charStart)) + text;
  const soFar = textLength(leftEdge) + charStart + textLen;
  return left + ' '.repeat(Math.max(0, length - textLength(rightEdge) - soFar)) + rightEdge;
}

function alignLeft(text: string, length: number, leftEdge: string, rightEdge: string): string {
  const textLen = textLength(text);
  const computed = textLen + 2 + leftEdge.length + rightEdge.length;
  const padding = length - computed >= 0 ? 2 : 0;
  const soFar = leftEdge.length + padding + textLen;
  return leftEdge + ' '.repeat(padding) + text + ' '.repeat(Math.max(0, length - soFar - rightEdge.length)) + rightEdge;
}

class MultiTable {
  private sections: Section[] = [];
  private current: Section | undefined;

  constructor(private readonly terminalWidth: number) {}

  newSection(title: string, indentLevel = 0): void {
    this.current = new Section();
    this.current.title = title;
    this.current.indentLevel = indentLevel;
    this.sections.push(this.current);
  }

  addRowHeader(headers: string[]): void {
    this.current!.addHeader(headers);
  }

  addRow(row: Json[]): void {
    this.current!.addRow(row);
  }

  render(): string {
    let maxWidth = this.maxWidth();
    if (maxWidth > this.terminalWidth) {
      this.sections = this.sections.map((s) => {
        if (s.rows.length !== 1 || !s.headers.length) return s;
        const vertical = new Section();
        vertical.title = s.title;
        vertical.indentLevel = s.indentLevel;
        s.headers.forEach((h, i) => vertical.addRow([h, s.rows[0]![i]!]));
        return vertical;
      });
      maxWidth = this.maxWidth();
    }
    const out: string[] = [`${'-'.repeat(maxWidth)}\n`];
    for (const section of this.sections) this.renderSection(section, maxWidth, out);
    return out.join('');
  }

  private maxWidth(): number {
    return Math.max(...this.sections.map((s) => s.totalWidth(4, true, s.indentLevel)));
  }

  private renderSection(section: Section, fullWidth: number, out: string[]): void {
    const indent = '|'.repeat(section.indentLevel);
    const write = (line: string): void => void out.push(`${indent}${line}${indent}\n`);
    const maxWidth = fullWidth - section.indentLevel * 2;
    if (section.title) {
      write(centerText(section.title, maxWidth));
      if (!section.headers.length && !section.rows.length) write(`+${'-'.repeat(maxWidth - 2)}+`);
    }
    const widths = section.calculateColumnWidths(4, maxWidth);
    const lineBreak = (): string =>
      widths.map((w, i) => (i === 0 ? `+${'-'.repeat(w - 2)}+` : `${'-'.repeat(w - 1)}+`)).join('');
    if (section.headers.length) {
      write(lineBreak());
      write(section.headers.map((h, i) => centerText(h, widths[i]!, i === 0 ? '|' : '', '|')).join(''));
    }
    if (section.rows.length && widths.length) {
      write(lineBreak());
      for (const row of section.rows) {
        write(row.map((el, i) => alignLeft(el, widths[i]!, i === 0 ? '|' : '', '|')).join(''));
      }
      write(lineBreak());
    }
  }
}

/** Formats a (queried) response as the table output; `title` is the API operation name. */
export function formatTable(title: string, data: Json, terminalWidth = 80): string {
  const table = new MultiTable(terminalWidth);
  const groupScalarKeys = (current: Record<string, Json>): [string[], string[]] => {
    const headers: string[] = [];
    const more: string[] = [];
    for (const [k, v] of Object.entries(current)) (isScalar(v) ? headers : more).push(k);
    return [headers.sort(byCodePoint), more.sort(byCodePoint)];
  };
  const build = (titleText: string | undefined, current: Json, indentLevel = 0): boolean => {
    if (isEmpty(current)) return false;
    if (titleText !== undefined) table.newSection(titleText, indentLevel);
    if (Array.isArray(current)) {
      if (isDict(current[0])) buildFromList(current as Record<string, Json>[], indentLevel, titleText ?? '');
      else {
        for (const item of current) {
          if (isScalar(item)) table.addRow([item]);
          else if (Array.isArray(item) && item.every(isScalar)) table.addRow(item);
          else build(undefined, item);
        }
      }
    }
    if (isDict(current)) buildFromDict(current, indentLevel);
    return true;
  };
  const buildFromDict = (current: Record<string, Json>, indentLevel: number): void => {
    const [headers, more] = groupScalarKeys(current);
    if (headers.length === 1) table.addRow([headers[0]!, current[headers[0]!]]);
    else if (headers.length) {
      table.addRowHeader(headers);
      table.addRow(headers.map((k) => current[k]));
    }
    for (const key of more) build(key, current[key], indentLevel + 1);
  };
  const buildFromList = (current: Record<string, Json>[], indentLevel: number, titleText: string): void => {
    const headerSet = new Set<string>();
    const moreSet = new Set<string>();
    for (const item of current) {
      if (!isDict(item)) continue;
      const [h, m] = groupScalarKeys(item);
      h.forEach((x) => headerSet.add(x));
      m.forEach((x) => moreSet.add(x));
    }
    const headers = [...headerSet].sort(byCodePoint);
    const more = [...moreSet].sort(byCodePoint);
    table.addRowHeader(headers);
    let first = true;
    for (const element of current) {
      if (!first && more.length) {
        table.newSection(titleText, indentLevel);
        table.addRowHeader(headers);
      }
      first = false;
      table.addRow(headers.map((h) => (isDict(element) && h in element ? element[h] : '')));
      for (const key of more) {
        if (isDict(element) && key in element) build(key, element[key], indentLevel + 1);
      }
    }
  };
  if (!build(title, data)) return '';
  return table.render();
}

/** Python truthiness of a JSON value (`if not current: return False`). */
function isEmpty(v: Json): boolean {
  if (v === null || v === undefined || v === false || v === 0 || v === '') return true;
  if (Array.isArray(v)) return v.length === 0;
  if (isDict(v)) return Object.keys(v).length === 0;
  return false;
}
