/**
 * Is a sentence an explanation or a list of terms? Rubric terms only count in sentences that say
 * something about them (pmatch's lesson: without this, an answer that lists every keyword scores full
 * marks). No NLP library: a sentence is prose when it has a few words, a verb or connective from a
 * small closed list, and is not mostly short comma-separated items.
 */
import type { Sentence } from './text.ts';

/** Fewest words a sentence needs to count as an explanation. */
export const MIN_PROSE_WORDS = 4;

/** Auxiliaries and connectives: any one of them marks a clause. */
const FUNCTION_WORDS = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'do', 'does', 'did', 'has', 'have', 'had',
  'can', 'could', 'will', 'would', 'should', 'must', 'may', 'might', 'shall',
  'because', 'so', 'since', 'if', 'when', 'then', 'which', 'that', 'until', 'unless', 'otherwise', 'therefore',
  'whereas', 'while', 'means', 'why', 'how', 'where', 'who', 'whose',
]);

/** Verb stems of the domain; a word counts when it is the stem plus a short ending (pull, pulls, pulled, pulling). */
const VERB_STEMS = [
  'pull', 'push', 'start', 'stop', 'fail', 'fetch', 'read', 'call', 'run', 'use', 'check', 'look', 'inspect',
  'describ', 'fix', 'set', 'add', 'grant', 'attach', 'give', 'allow', 'register', 'updat', 'deploy', 'roll',
  'scale', 'restart', 'replac', 'kill', 'exit', 'crash', 'show', 'tell', 'find', 'found', 'see', 'get', 'got',
  'make', 'keep', 'kept', 'wait', 'drain', 'launch', 'place', 'retr', 'reach', 'assum', 'need', 'let', 'mean',
  'happen', 'caus', 'break', 'broke', 'increas', 'decreas', 'lower', 'rais', 'chang', 'point', 'put', 'enabl',
  'disabl', 'open', 'creat', 'delet', 'return', 'report', 'send', 'sent', 'write', 'wrote', 'pass', 'match',
  'hold', 'stay', 'becom', 'became', 'go', 'went', 'come', 'came', 'take', 'took', 'try', 'tri', 'lack',
  'miss', 'requir', 'authoriz', 'authoris', 'deni', 'access', 'load', 'inject', 'resolv', 'mount',
  'trust', 'log', 'stor', 'rotat', 'leak', 'expos', 'appear', 'print', 'copy', 'copi', 'talk', 'connect',
  'listen', 'answer', 'respond', 'serv', 'handl', 'belong', 'own', 'work', 'act', 'configur', 'specif',
  'refer', 'includ', 'contain', 'reject', 'block', 'choos', 'chose', 'pick', 'bill', 'cost', 'pay', 'sav',
  'track', 'trigger', 'react', 'add', 'remov', 'terminat', 'recover', 'revert', 'detect', 'mark', 'count',
  'compar', 'confirm', 'verif', 'watch', 'monitor', 'cool', 'prevent', 'avoid', 'protect', 'flap', 'oscillat',
  'reduc', 'exceed', 'drop', 'fall', 'fell', 'rise', 'rose', 'grow', 'grew', 'shrink', 'spike', 'sav',
];

const ENDINGS = /^(|s|es|ed|d|n|ing|ning|ping|ting|ted|ged|ied|ies|y|e|en|ung)$/;

/** True when the word is an auxiliary, a connective or an inflection of a known verb. */
export function isVerbish(word: string): boolean {
  if (FUNCTION_WORDS.has(word)) return true;
  for (const stem of VERB_STEMS) {
    if (word.startsWith(stem) && ENDINGS.test(word.slice(stem.length))) return true;
  }
  return false;
}

/** Why a sentence is not prose, or undefined when it is. */
export type ListReason = 'too-short' | 'no-verb' | 'comma-list';

/** Classifies one sentence. */
export function listReason(sentence: Sentence): ListReason | undefined {
  const words = sentence.tokens.length;
  if (words < MIN_PROSE_WORDS) return 'too-short';
  if (!sentence.tokens.some((t) => isVerbish(t.text))) return 'no-verb';
  // "ecr, secrets, logs, ssm, s3" or "a / b / c": many items of one to three words.
  const items = sentence.raw.split(/[,/|]|\band\b|\bor\b/).map((s) => s.trim()).filter((s) => s !== '');
  if (items.length >= 4) {
    const mean = items.reduce((n, s) => n + s.split(/\s+/).length, 0) / items.length;
    if (mean <= 2.5) return 'comma-list';
  }
  return undefined;
}
