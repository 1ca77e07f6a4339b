/**
 * `--output yaml`: a plain block-style YAML rendering (mappings indented by 2, sequences as `- item`),
 * close to what AWS CLI v2 prints; strings are quoted only when YAML would misread them.
 */
import { isPythonFloatMarker, pythonFloatText } from './pythonFloats.ts';

/** Renders a (queried) response as YAML. */
export function formatYaml(data: unknown): string {
  const out: string[] = [];
  emit(data, 0, out);
  return out.join('');
}

function scalar(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (isPythonFloatMarker(value)) return pythonFloatText(value);
  if (typeof value === 'boolean' || typeof value === 'number') return String(value);
  const s = String(value);
  const needsQuotes =
    s === '' ||
    /^[\s\-?:,[\]{}#&*!|>'"%@`]/.test(s) ||
    /:\s|\s#|\s$|\n/.test(s) ||
    /^(true|false|yes|no|on|off|null|~|[-+]?\d[\d_]*(\.\d*)?([eE][-+]?\d+)?)$/i.test(s);
  return needsQuotes ? `'${s.replace(/'/g, "''")}'` : s;
}

const isContainer = (v: unknown): v is object => typeof v === 'object' && v !== null;
const isEmpty = (v: object): boolean => (Array.isArray(v) ? v.length === 0 : Object.keys(v).length === 0);

function emit(value: unknown, indent: number, out: string[]): void {
  const pad = ' '.repeat(indent);
  if (Array.isArray(value)) {
    if (!value.length) return void out.push(`${pad}[]\n`);
    for (const item of value) {
      if (isContainer(item) && !isEmpty(item)) {
        const inner: string[] = [];
        emit(item, indent + 2, inner);
        const text = inner.join('');
        out.push(`${pad}- ${text.slice(indent + 2)}`);
      } else out.push(`${pad}- ${isContainer(item) ? (Array.isArray(item) ? '[]' : '{}') : scalar(item)}\n`);
    }
  } else if (isContainer(value)) {
    if (isEmpty(value)) return void out.push(`${pad}{}\n`);
    for (const [k, v] of Object.entries(value)) {
      if (isContainer(v) && !isEmpty(v)) {
        out.push(`${pad}${scalar(k)}:\n`);
        emit(v, Array.isArray(v) ? indent : indent + 2, out);
      } else out.push(`${pad}${scalar(k)}: ${isContainer(v) ? (Array.isArray(v) ? '[]' : '{}') : scalar(v)}\n`);
    }
  } else out.push(`${pad}${scalar(value)}\n`);
}
