/**
 * The layer rules of `.dependency-cruiser.cjs` (run by `npm run lint`) catch an import that
 * goes up the layers: a store file importing a flow fails, the same files without it pass.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const DEPCRUISE = join(ROOT, 'node_modules/.bin/depcruise');

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

/** Runs the project's dependency rules over a tiny tree with a store file and a flow file. */
function cruise(storeSource: string): { status: number | null; output: string } {
  dir = mkdtempSync(join(tmpdir(), 'layers-'));
  mkdirSync(join(dir, 'src/store'), { recursive: true });
  mkdirSync(join(dir, 'src/flows'), { recursive: true });
  copyFileSync(join(ROOT, '.dependency-cruiser.cjs'), join(dir, '.dependency-cruiser.cjs'));
  copyFileSync(join(ROOT, 'tsconfig.json'), join(dir, 'tsconfig.json'));
  writeFileSync(join(dir, 'src/flows/greeting.ts'), "export const greeting = 'hola';\n");
  writeFileSync(join(dir, 'src/store/probe.ts'), storeSource);
  const run = spawnSync(DEPCRUISE, ['src', '--config', '.dependency-cruiser.cjs'], { cwd: dir, encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

describe('the layer rules', () => {
  it('fail when the store imports a flow, and pass without that import', () => {
    const upward = cruise("import { greeting } from '../flows/greeting.js';\nexport const probe = greeting;\n");
    expect(upward.status).not.toBe(0);
    expect(upward.output).toContain('layer-store');

    const clean = cruise("export const probe = 'hola';\n");
    expect(clean.output).not.toContain('layer-store');
    expect(clean.status).toBe(0);
  });
});
