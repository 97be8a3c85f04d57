/** Writes a GAD's evaluation package to a folder (the CLI's `export`): every file, and the zip. */
import { createWriteStream, mkdirSync, writeFileSync } from 'node:fs';
import { copyFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { PassThrough } from 'node:stream';
import { latestPlanOf } from '../../../store/plans.js';
import type { PlanFileDeps } from './build.js';
import { manifestBytes, packageContents, packageName, writePackage } from './package.js';

/** Writes the package of a GAD's latest plan under `outDir`; returns the files written, or undefined with no plan. */
export async function exportPackage(deps: PlanFileDeps, gadId: number, outDir: string, now: Date): Promise<string[] | undefined> {
  const plan = latestPlanOf(deps.db, gadId);
  if (!plan) return undefined;
  const contents = packageContents(deps, plan, now);
  const place = (name: string) => {
    const path = join(outDir, name);
    mkdirSync(dirname(path), { recursive: true });
    return path;
  };
  for (const file of contents.generated) writeFileSync(place(file.name), file.bytes);
  for (const document of contents.documents) await copyFile(document.path, place(document.name));
  const zip = new PassThrough();
  const written = pipeline(zip, createWriteStream(place(packageName(plan))));
  const lines = await writePackage(deps, plan, now, zip, contents);
  zip.end();
  await written;
  writeFileSync(place('manifest.json'), manifestBytes(plan, contents.asOf, lines));
  return [...contents.generated.map((file) => file.name), ...contents.documents.map((document) => document.name), 'manifest.json', packageName(plan)];
}
