/**
 * Heuristic for the course warning "this `environment` variable looks like a secret; move it to `secrets`".
 *
 * Why token-based: a substring test would flag `KEYSPACE` or `MONKEY_BUSINESS`. We split the name into words
 * (`DB_PASSWORD` → DB, PASSWORD; `apiKey` → API, KEY) and look for a secret word. Names that only *describe*
 * a secret (`SECRET_ARN`, `TOKEN_TTL`, `KEY_PREFIX`) are not secrets themselves, so a trailing metadata word
 * clears the flag.
 */

const SECRET_WORDS = new Set([
  'PASSWORD',
  'PASSWORDS',
  'PASSWD',
  'PASS',
  'PWD',
  'PASSPHRASE',
  'SECRET',
  'SECRETS',
  'TOKEN',
  'TOKENS',
  'KEY',
  'KEYS',
  'APIKEY',
  'CREDENTIAL',
  'CREDENTIALS',
  'CREDS',
  'PRIVATEKEY',
  'SIGNINGKEY',
]);

const METADATA_WORDS = new Set([
  'ARN',
  'NAME',
  'PATH',
  'FILE',
  'TTL',
  'EXPIRY',
  'EXPIRES',
  'LENGTH',
  'SIZE',
  'HEADER',
  'PREFIX',
  'REGION',
  'URL',
  'URI',
  'ENDPOINT',
  'ID_FIELD',
  'TYPE',
  'ALGORITHM',
  'ROTATION',
]);

/** Splits `DB_PASSWORD`, `db-password`, `dbPassword`, `DBPassword` into upper-case words. */
export function nameWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => w.length > 0)
    .map((w) => w.toUpperCase());
}

/** True when an environment variable name suggests its value is a credential (`DB_PASSWORD`, `API_KEY`…). */
export function looksLikeSecretName(name: string): boolean {
  const words = nameWords(name);
  if (words.length === 0) return false;
  if (METADATA_WORDS.has(words[words.length - 1] as string)) return false;
  // PUBLIC_KEY is meant to be shared.
  if (words.includes('PUBLIC')) return false;
  return words.some((w) => SECRET_WORDS.has(w));
}
