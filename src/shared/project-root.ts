/**
 * Where the project's files (locales, migrations, web views and assets) are, whether the
 * code runs from `src/` (tsx, tests) or from the bundle in `dist/` (`npm start`): the
 * nearest folder above this module that holds the project's package.json.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project's root folder, found once. */
function findRoot(): string {
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`no package.json above ${fileURLToPath(import.meta.url)}`);
  }
}

const ROOT = findRoot();

/** A path inside the project, e.g. `projectPath('locales')`. */
export function projectPath(...segments: string[]): string {
  return join(ROOT, ...segments);
}
