#!/usr/bin/env node
// The `ecs-sim` tool: runs scripts of AWS CLI commands against the simulator, an interactive repl, and
// the task-definition validator. The code is TypeScript (src/cli/sim/, src/sim/); tsx's ESM loader
// compiles it on the fly, so the tool needs no build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../sim/main.ts');
process.exitCode = await main(process.argv.slice(2));
