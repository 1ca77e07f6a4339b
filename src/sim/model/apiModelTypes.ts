/**
 * The shape of the generated API tables (`*.generated.ts`). One file per service, produced by
 * `src/tools/generate-api-model.ts` from the official AWS SDK models, so the CLI layer never carries
 * hand-written flag tables. Everything here is plain JSON data, so it can be diffed and reviewed.
 */

/** A scalar, list, map or structure shape. Members and list items refer to other shapes by name. */
export type ApiShape =
  | { type: 'string'; enum?: readonly string[] }
  | { type: 'integer' | 'long' | 'double' | 'float' | 'boolean' | 'timestamp' | 'blob' }
  | { type: 'list'; member: string }
  | { type: 'map'; key: string; value: string }
  | { type: 'structure'; members: Readonly<Record<string, string>>; required?: readonly string[] };

/** One operation whose input the simulator understands. */
export interface ApiOperation {
  /** The AWS CLI sub-command, e.g. `create-service` for `CreateService`. */
  readonly command: string;
  /** Name of the input structure in `shapes`, absent for operations without input. */
  readonly input?: string;
  /**
   * For paginated operations (paginators.json): the CLI fetches every page, joining the `resultKeys` lists,
   * and adds `--starting-token`, `--max-items` and `--page-size`.
   */
  readonly paginated?: {
    readonly inputToken: string;
    readonly outputToken: string;
    readonly resultKeys: readonly string[];
    readonly limitKey?: string;
  };
  /** Output members typed double/float (`A[].B.C`; `[]` = every list item, `{}` = every map value). */
  readonly outputDoubles?: readonly string[];
}

/** One waiter from `waiters-2.json`, e.g. `ServicesStable`. */
export interface ApiWaiter {
  readonly operation: string;
  readonly delay: number;
  readonly maxAttempts: number;
  readonly acceptors: readonly {
    readonly state: 'success' | 'failure' | 'retry';
    readonly matcher: 'path' | 'pathAll' | 'pathAny' | 'status' | 'error';
    readonly argument?: string;
    readonly expected: string | number | boolean;
  }[];
}

/** Everything the CLI needs to know about one service. */
export interface ApiServiceModel {
  /** The CLI's service name (`ecs`, `application-autoscaling`, `cloudwatch`). */
  readonly cliName: string;
  readonly apiVersion: string;
  /** Every operation of the service, by CLI name, in the CLI's order (for "Invalid choice" lists). */
  readonly allCommands: readonly string[];
  /** Full input tables, for the operations the simulator answers only (keeps the browser bundle small). */
  readonly operations: Readonly<Record<string, ApiOperation>>;
  readonly shapes: Readonly<Record<string, ApiShape>>;
  readonly waiters: Readonly<Record<string, ApiWaiter>>;
}
