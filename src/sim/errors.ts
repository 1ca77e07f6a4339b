/**
 * The one error type the simulator's API layer throws. It mirrors an AWS service error:
 * `code` is AWS's error code (`ClientException`, `InvalidParameterException`, `ValidationException`, …)
 * and `message` is AWS's exact text. The CLI layer renders it as
 * `An error occurred (<code>) when calling the <Operation> operation: <message>`.
 */
export class AwsError extends Error {
  override readonly name = 'AwsError';
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** True for errors the API layer raised on purpose (as opposed to a bug in the simulator). */
export function isAwsError(error: unknown): error is AwsError {
  return error instanceof AwsError;
}
