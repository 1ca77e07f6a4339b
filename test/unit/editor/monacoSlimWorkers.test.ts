import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { monacoSlimWorkers } from '../../../src/ui/editor/monacoSlimWorkers.mjs';

// Monaco's JSON mode imports internal/common/workers.js, which registers every editor contribution; the plugin
// must drop exactly those side-effect imports and keep the module's code.
const file = createRequire(import.meta.url).resolve('monaco-editor/internal/common/workers');
const source = readFileSync(file, 'utf8');
type Transform = (this: { error(message: string): never }, code: string, id: string) => { code: string } | null;
const transform = monacoSlimWorkers().transform as unknown as Transform;
const ctx = { error: (message: string): never => { throw new Error(message); } };

describe('monacoSlimWorkers', () => {
  it('drops the side-effect imports of workers.js and keeps createWebWorker', () => {
    expect(source.match(/^import '/gm)?.length).toBeGreaterThan(50);
    const out = transform.call(ctx, source, file)!.code;
    expect(out).not.toMatch(/^import '/m);
    expect(out).toContain("import { editor } from '../../editor/editor.api.js';");
    expect(out).toContain('export { createWebWorker };');
  });

  it('leaves every other module alone', () => {
    expect(transform.call(ctx, "import './x.css';\n", '/app/src/ui/site.ts')).toBeNull();
  });

  it('fails the build when Monaco changes the file so that nothing is dropped', () => {
    expect(() => transform.call(ctx, 'export const x = 1;\n', file)).toThrow(/check the Monaco version/);
  });
});
