/** The output formats other than JSON (`--output table|text|yaml`), optional in the browser: see src/sim/optional/. */
export { formatTable } from './outputTable.ts';
export { formatText } from './outputText.ts';
export { formatYaml } from './outputYaml.ts';
