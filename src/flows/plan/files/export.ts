/** Writes a GAD's evaluation package to a folder (the CLI's `export`): every file, and the zip. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { latestPlanOf } from '../../../store/plans.js';
import type { PlanFileDeps } from './build.js';
import { packageEntries, zipPackage } from './package.js';

/** Writes the package of a GAD's latest plan under `outDir`; returns the files written, or undefined with no plan. */
export function exportPackage(deps: PlanFileDeps, gadId: number, outDir: string, now: Date): string[] | undefined {
  const plan = latestPlanOf(deps.db, gadId);
  if (!plan) return undefined;
  const entries = packageEntries(deps, plan, now);
  const zipName = `paquete-evaluacion-${plan.gadId}-${plan.id}.zip`;
  for (const entry of [...entries, { name: zipName, bytes: zipPackage(entries) }]) {
    const path = join(outDir, entry.name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, entry.bytes);
  }
  return [...entries.map((entry) => entry.name), zipName];
}
