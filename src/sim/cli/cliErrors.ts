/**
 * How the AWS CLI v2 reports what went wrong, and with which exit code (awscli/topics/return-codes.rst):
 * 252 for anything wrong with the command line or its parameters, 254 when the service answered with an
 * error, 255 for anything else. Current v2 prefixes every error message with `aws: [ERROR]: `
 * (awscli/errorformat.py); we use that form everywhere.
 */

/** The result of running one command line. */
export interface CommandResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

export const EXIT_OK = 0;
/** Syntax and parameter errors. */
export const EXIT_USAGE = 252;
/** The service returned an error. */
export const EXIT_SERVICE = 254;
/** Any other error. */
export const EXIT_OTHER = 255;

export const ERROR_PREFIX = 'aws: [ERROR]:';

/** The usage block argparse prints before its errors. */
export const USAGE =
  'usage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]\n' +
  'To see help text, you can run:\n' +
  '\n' +
  '  aws help\n' +
  '  aws <command> help\n' +
  '  aws <command> <subcommand> help\n';

/**
 * A command-line error. `argparse` errors print the usage block first; the others print the message
 * after a blank line, as `write_error` in errorformat.py does.
 */
export class CliError extends Error {
  override readonly name = 'CliError';
  constructor(
    message: string,
    readonly exitCode: number = EXIT_USAGE,
    readonly style: 'argparse' | 'plain' = 'plain',
  ) {
    super(message);
  }

  /** What the CLI writes to stderr. */
  render(): string {
    return this.style === 'argparse'
      ? `${USAGE}\n${ERROR_PREFIX} ${this.message}\n`
      : `\n${ERROR_PREFIX} ${this.message.trim()}\n`;
  }
}

/** An argparse error (usage block + message), exit 252. */
export function usageError(message: string): CliError {
  return new CliError(message, EXIT_USAGE, 'argparse');
}

/** `Error parsing parameter '--x': …`, exit 252. */
export function paramError(cliName: string, message: string): CliError {
  return new CliError(`Error parsing parameter '${cliName}': ${message}`);
}

/** The CLI's sentence for a service error. */
export function serviceErrorText(code: string, operation: string, message: string): string {
  return `\n${ERROR_PREFIX} An error occurred (${code}) when calling the ${operation} operation: ${message}\n`;
}

/** argparse's "Invalid choice" message, two choices per line padded to 40, plus close matches. */
export function invalidChoiceMessage(argument: string, value: string, choices: readonly string[]): string {
  const lines: string[] = ['Invalid choice, valid choices are:\n'];
  for (let i = 0; i < choices.length; i += 2) {
    lines.push(choices.slice(i, i + 2).map((c) => c.padEnd(40)).join(' | '));
  }
  const close = closeMatches(value, choices);
  if (close.length) {
    lines.push(`\n\nInvalid choice: ${pythonRepr(value)}, maybe you meant:\n`);
    for (const word of close) lines.push(`  * ${word}`);
  }
  return `argument ${argument}: ${lines.join('\n')}`;
}

/** difflib.get_close_matches(word, possibilities, n=3, cutoff=0.8). */
export function closeMatches(word: string, possibilities: readonly string[], cutoff = 0.8): string[] {
  return possibilities
    .map((p) => ({ p, score: sequenceRatio(p, word) }))
    .filter((x) => x.score >= cutoff)
    .sort((a, b) => b.score - a.score || (a.p < b.p ? 1 : -1))
    .slice(0, 3)
    .map((x) => x.p);
}

/** difflib.SequenceMatcher(None, a, b).ratio() (Ratcliff/Obershelp; no junk heuristic for short strings). */
export function sequenceRatio(a: string, b: string): number {
  const matches = (aLo: number, aHi: number, bLo: number, bHi: number): number => {
    let best = 0;
    let bestI = aLo;
    let bestJ = bLo;
    for (let i = aLo; i < aHi; i++) {
      for (let j = bLo; j < bHi; j++) {
        let k = 0;
        while (i + k < aHi && j + k < bHi && a[i + k] === b[j + k]) k++;
        if (k > best) {
          best = k;
          bestI = i;
          bestJ = j;
        }
      }
    }
    if (best === 0) return 0;
    return best + matches(aLo, bestI, bLo, bestJ) + matches(bestI + best, aHi, bestJ + best, bHi);
  };
  const total = a.length + b.length;
  return total === 0 ? 1 : (2 * matches(0, a.length, 0, b.length)) / total;
}

/** Python's repr() of a JSON-like value, as botocore's messages show them. */
export function pythonRepr(value: unknown): string {
  if (value === null || value === undefined) return 'None';
  if (value === true) return 'True';
  if (value === false) return 'False';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') {
    const escaped = value.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\t/g, '\\t');
    return escaped.includes("'") && !escaped.includes('"') ? `"${escaped}"` : `'${escaped.replace(/'/g, "\\'")}'`;
  }
  if (Array.isArray(value)) return `[${value.map(pythonRepr).join(', ')}]`;
  if (typeof value === 'object') {
    return `{${Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${pythonRepr(k)}: ${pythonRepr(v)}`)
      .join(', ')}}`;
  }
  return String(value);
}
