import { describe, expect, it } from 'vitest';

import { isIncomplete, ShellSyntaxError, splitWords, type ExpansionContext } from '../../../src/sim/cli/shellWords.ts';

const ctx = (vars: Record<string, string> = {}, substitute: (c: string) => string = () => ''): ExpansionContext => ({
  getVar: (n) => vars[n],
  substitute,
});

describe('splitWords', () => {
  it('splits on blanks and keeps quoted text together', () => {
    expect(splitWords(`aws ecs list-tasks --query 'taskArns[0]' --output "text"`, ctx())).toEqual([
      'aws', 'ecs', 'list-tasks', '--query', 'taskArns[0]', '--output', 'text',
    ]);
  });

  it('joins backslash-newline continuations and keeps multi-line single-quoted JSON verbatim', () => {
    const line = `aws ecs update-service \\\n--cluster production \\\n--deployment-configuration '{\n"maximumPercent": 200\n}'`;
    expect(splitWords(line, ctx())).toEqual([
      'aws', 'ecs', 'update-service', '--cluster', 'production', '--deployment-configuration', '{\n"maximumPercent": 200\n}',
    ]);
  });

  it('expands $VAR, ${VAR} and "$VAR", splitting only unquoted expansions', () => {
    const vars = { TASK_ID: 'abc123', TWO: 'a b' };
    expect(splitWords('echo $TASK_ID ${TASK_ID}x "$TWO" $TWO', ctx(vars))).toEqual(['echo', 'abc123', 'abc123x', 'a b', 'a', 'b']);
  });

  it('expands an unset variable to nothing, and to an empty word when quoted', () => {
    expect(splitWords('echo $NOPE "$NOPE" end', ctx())).toEqual(['echo', '', 'end']);
  });

  it('supports ${VAR:-default} and $?', () => {
    expect(splitWords('echo ${REGION:-us-east-1} $?', ctx({ '?': '254' }))).toEqual(['echo', 'us-east-1', '254']);
  });

  it('runs $(…) through the context and strips trailing newlines', () => {
    const seen: string[] = [];
    const words = splitWords('echo "$(aws ecs list-tasks --query \'taskArns[0]\' --output text)"', ctx({}, (c) => {
      seen.push(c);
      return 'arn:aws:ecs:us-east-1:123456789012:task/production/0123\n\n';
    }));
    expect(seen).toEqual(["aws ecs list-tasks --query 'taskArns[0]' --output text"]);
    expect(words).toEqual(['echo', 'arn:aws:ecs:us-east-1:123456789012:task/production/0123']);
  });

  it('handles escapes outside and inside double quotes', () => {
    expect(splitWords(String.raw`echo a\ b "c\"d" "e\$f" 'g\h'`, ctx({ f: 'X' }))).toEqual(['echo', 'a b', 'c"d', 'e$f', 'g\\h']);
  });

  it('drops comments that start a word but keeps # inside words', () => {
    expect(splitWords('aws ecs list-clusters # all of them', ctx())).toEqual(['aws', 'ecs', 'list-clusters']);
    expect(splitWords('echo a#b', ctx())).toEqual(['echo', 'a#b']);
  });

  it("reports bash's message for an unterminated quote", () => {
    expect(() => splitWords(`echo 'oops`, ctx())).toThrow("bash: unexpected EOF while looking for matching `''");
  });

  it('refuses pipes and redirections with a clear message', () => {
    expect(() => splitWords('aws ecs list-clusters | jq .', ctx())).toThrow(ShellSyntaxError);
    expect(() => splitWords('aws ecs list-clusters | jq .', ctx())).toThrow(/not supported here/);
  });
});

describe('isIncomplete', () => {
  it('is true for trailing backslashes, open quotes and open $(', () => {
    expect(isIncomplete('aws ecs create-service \\')).toBe(true);
    expect(isIncomplete(`--network-configuration '{`)).toBe(true);
    expect(isIncomplete('TASK_ID=$(aws ecs list-tasks \\')).toBe(true);
    expect(isIncomplete('TASK_ID=$(aws ecs list-tasks')).toBe(true);
  });

  it('is false for complete lines', () => {
    expect(isIncomplete(`aws ecs list-tasks --query 'taskArns[0]'`)).toBe(false);
    expect(isIncomplete('echo "a\\\\"')).toBe(false);
  });
});
