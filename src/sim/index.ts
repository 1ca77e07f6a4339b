/**
 * The simulator core's only public entry. UI code, the Node tools and tests import from here.
 * Each layer adds its exports in its own section below.
 */
export { AwsError, isAwsError } from './errors.ts';
export * from './contract.ts';

// --- task definitions (taskdef/) ---

// --- engine (runtime/, machines/, scenarios/) ---

// --- AWS CLI layer (cli/) ---
