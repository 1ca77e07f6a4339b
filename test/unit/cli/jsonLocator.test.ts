import { describe, expect, it } from 'vitest';

import { JsonLocator, parseJsonPath } from '../../../src/sim/cli/jsonLocator.ts';
import { parsePythonJson, PythonJsonError } from '../../../src/sim/cli/pythonJson.ts';

const DOC = `{
  "family": "web",
  "containerDefinitions": [
    {
      "name": "web",
      "portMappings": [{ "containerPort": 3000 }]
    }
  ]
}`;

describe('parsePythonJson', () => {
  it('parses like JSON.parse', () => {
    expect(parsePythonJson(DOC)).toEqual(JSON.parse(DOC));
    expect(parsePythonJson(' [1, -2.5e3, true, null, "\\u00e9\\n"] ')).toEqual([1, -2500, true, null, 'é\n']);
  });

  it.each([
    ['', 'Expecting value: line 1 column 1 (char 0)'],
    ['{"a": 1,}', 'Expecting property name enclosed in double quotes: line 1 column 9 (char 8)'],
    ['[1, 2,]', 'Expecting value: line 1 column 7 (char 6)'],
    ['{"a" 1}', "Expecting ':' delimiter: line 1 column 6 (char 5)"],
    ['{"a": 1 "b": 2}', "Expecting ',' delimiter: line 1 column 9 (char 8)"],
    ['{"a": "x', 'Unterminated string starting at: line 1 column 7 (char 6)'],
    ['{}\n{}', 'Extra data: line 2 column 1 (char 3)'],
    ["{'a': 1}", 'Expecting property name enclosed in double quotes: line 1 column 2 (char 1)'],
  ])('%j fails with Python\'s message', (text, message) => {
    expect(() => parsePythonJson(text)).toThrow(PythonJsonError);
    expect(() => parsePythonJson(text)).toThrow(message);
  });
});

describe('JsonLocator', () => {
  const locator = new JsonLocator(DOC);

  it('finds a member by array path, dotted path or JSON pointer, pointing at its key', () => {
    const expected = { line: 6, column: 26, exact: true };
    expect(locator.locate(['containerDefinitions', 0, 'portMappings', 0, 'containerPort'])).toMatchObject(expected);
    expect(locator.locate('containerDefinitions[0].portMappings[0].containerPort')).toMatchObject(expected);
    expect(locator.locate('/containerDefinitions/0/portMappings/0/containerPort')).toMatchObject(expected);
  });

  it('points at array elements by their value', () => {
    expect(locator.locate(['containerDefinitions', 0])).toMatchObject({ line: 4, column: 5, exact: true });
  });

  it('falls back to the nearest existing ancestor for a missing member', () => {
    expect(locator.locate(['containerDefinitions', 0, 'image'])).toMatchObject({ line: 4, column: 5, exact: false });
    expect(locator.locate(['cpu'])).toMatchObject({ line: 1, column: 1, exact: false });
  });

  it('parses path strings', () => {
    expect(parseJsonPath('a.b[2].c')).toEqual(['a', 'b', 2, 'c']);
    expect(parseJsonPath('/a~1b/0')).toEqual(['a/b', 0]);
    expect(parseJsonPath('')).toEqual([]);
  });
});
