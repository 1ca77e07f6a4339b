#!/usr/bin/env node
// The `ecs-course` tool for course authors: `new module` and `new lesson` write starter files
// (src/cli/course/). The code is TypeScript; tsx's ESM loader compiles it on the fly, so the tool
// needs no build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../course/main.ts');
process.exitCode = await main(process.argv.slice(2));
