/**
 * Opaque `nextToken` values for the list operations. A token encodes the offset of the next page and the list it
 * belongs to, so a token from ListTaskDefinitions is refused by ListTaskDefinitionFamilies. Deterministic (no
 * randomness in the core), hex so it looks as opaque as AWS's.
 */

function toHex(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += text.charCodeAt(i).toString(16).padStart(4, '0');
  return out;
}

function fromHex(hex: string): string | undefined {
  if (hex.length % 4 !== 0 || !/^[0-9a-f]*$/.test(hex)) return undefined;
  let out = '';
  for (let i = 0; i < hex.length; i += 4) out += String.fromCharCode(parseInt(hex.slice(i, i + 4), 16));
  return out;
}

/** A token for the page starting at `offset` of list `kind`. */
export function encodePageToken(kind: string, offset: number): string {
  return toHex(`${kind}:${offset}`);
}

/** The offset a token stands for, or undefined when the token is not one of ours for this list. */
export function decodePageToken(kind: string, token: string): number | undefined {
  const text = fromHex(token);
  if (text === undefined || !text.startsWith(`${kind}:`)) return undefined;
  const offset = Number(text.slice(kind.length + 1));
  return Number.isSafeInteger(offset) && offset >= 0 ? offset : undefined;
}
