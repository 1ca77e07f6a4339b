/**
 * The CLI's automatic pagination (botocore paginators): for a paginated operation it fetches every page and
 * joins the result lists, unless `--no-paginate`; `--max-items N` cuts the joined result and adds a
 * `NextToken` that `--starting-token` resumes from; `--page-size` sets the API's page limit.
 * Tokens are base64 of `{"nextToken": null, "boto_truncate_amount": N}`, shaped like botocore's.
 */
import type { ServiceName, SimulationHandle } from '../contract.ts';
import type { ApiOperation } from '../model/apiModelTypes.ts';
import { CliError, EXIT_OTHER } from './cliErrors.ts';

/** Paging flags as given on the command line. */
export interface PagingOptions {
  maxItems?: number;
  startingToken?: string;
  pageSize?: number;
}

const MAX_PAGES = 1000;
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function base64Encode(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i += 3) {
    const [a, b, c] = [text.charCodeAt(i), text.charCodeAt(i + 1), text.charCodeAt(i + 2)];
    const n = (a << 16) | ((b || 0) << 8) | (c || 0);
    out += B64[(n >> 18) & 63]! + B64[(n >> 12) & 63]!;
    out += i + 1 < text.length ? B64[(n >> 6) & 63]! : '=';
    out += i + 2 < text.length ? B64[n & 63]! : '=';
  }
  return out;
}

function base64Decode(token: string): string | undefined {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(token) || token.length % 4 !== 0) return undefined;
  let out = '';
  for (let i = 0; i < token.length; i += 4) {
    const n = [0, 1, 2, 3].map((k) => (token[i + k] === '=' ? 0 : B64.indexOf(token[i + k]!)));
    const v = (n[0]! << 18) | (n[1]! << 12) | (n[2]! << 6) | n[3]!;
    out += String.fromCharCode((v >> 16) & 255);
    if (token[i + 2] !== '=') out += String.fromCharCode((v >> 8) & 255);
    if (token[i + 3] !== '=') out += String.fromCharCode(v & 255);
  }
  return out;
}

/** The token `--max-items` prints for resuming at `offset`. */
export function encodeStartingToken(offset: number): string {
  return base64Encode(JSON.stringify({ nextToken: null, boto_truncate_amount: offset }));
}

/** The offset a token resumes at; throws the CLI's error for a token it did not produce. */
export function decodeStartingToken(token: string): number {
  try {
    const parsed = JSON.parse(base64Decode(token) ?? '') as { boto_truncate_amount?: unknown };
    if (typeof parsed.boto_truncate_amount === 'number' && parsed.boto_truncate_amount >= 0) return parsed.boto_truncate_amount;
  } catch {
    // fall through to the error
  }
  throw new CliError(`Bad starting token: ${token}`, EXIT_OTHER);
}

/** Calls a paginated operation the way the CLI does and returns the joined response. Throws AwsError. */
export function callPaginated(
  sim: SimulationHandle,
  service: ServiceName,
  operationName: string,
  paginator: NonNullable<ApiOperation['paginated']>,
  input: Record<string, unknown>,
  paging: PagingOptions,
  noPaginate: boolean,
): unknown {
  const { inputToken, outputToken, resultKeys, limitKey } = paginator;
  const request = { ...input };
  if (paging.pageSize !== undefined && limitKey) request[limitKey] = paging.pageSize;
  // An explicit --next-token (the API member) turns automatic pagination off, as in the CLI.
  if (noPaginate || input[inputToken] !== undefined) return sim.call(service, operationName, request);

  const offset = paging.startingToken === undefined ? 0 : decodeStartingToken(paging.startingToken);
  let joined: Record<string, unknown> | undefined;
  let token: unknown;
  for (let page = 0; page < MAX_PAGES; page++) {
    const response = (sim.call(service, operationName, token === undefined ? request : { ...request, [inputToken]: token }) ?? {}) as Record<
      string,
      unknown
    >;
    if (!joined) joined = { ...response };
    else {
      for (const key of resultKeys) {
        const more = response[key];
        if (Array.isArray(more)) joined[key] = [...((joined[key] as unknown[] | undefined) ?? []), ...more];
      }
    }
    token = response[outputToken];
    if (token === undefined || token === null || token === '') break;
  }
  const result = joined ?? {};
  delete result[outputToken];

  let total = 0;
  for (const key of resultKeys) {
    const list = result[key];
    if (!Array.isArray(list)) continue;
    const rest = list.slice(offset);
    total = Math.max(total, rest.length);
    result[key] = paging.maxItems === undefined ? rest : rest.slice(0, paging.maxItems);
  }
  if (paging.maxItems !== undefined && total > paging.maxItems) {
    result.NextToken = encodeStartingToken(offset + paging.maxItems);
  }
  return result;
}
