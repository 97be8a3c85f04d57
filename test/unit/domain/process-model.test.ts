import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, ROOT } from '../../support/spawn.js';

/** Anexo 4's "Responsable" column, in the Guía's words, to role ids. */
const RESPONSIBLE: Record<string, string[]> = {
  'Autoridad de Gobierno local': ['autoridad'],
  'Punto de contacto POC': ['poc'],
  'Punto de contacto POC/ Gremio Gobierno local': ['poc', 'gremio'],
  'Delegado de Gobierno local': ['delegado'],
  'Foro Multiactor Gobierno local': ['foro'],
};

/** Anexo 4 copied verbatim from the Guía: number, activity, responsible, description, products. */
const anexo4 = readFileSync(join(ROOT, 'test', 'fixtures', 'anexo4.tsv'), 'utf8')
  .trim()
  .split('\n')
  .map((line) => line.split('\t'));

describe('cli process --json', () => {
  const result = runCli(['process', '--json']);
  const model = JSON.parse(result.stdout) as { number: number; name: string; responsible: string[]; products: string[] }[];

  it('prints the 15 activities of Anexo 4', () => {
    expect(result.status).toBe(0);
    expect(model.map((a) => a.number)).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
  });

  it.each(anexo4.map((row) => [Number(row[0]), row] as const))('matches Anexo 4 activity %i', (number, row) => {
    const activity = model.find((a) => a.number === number)!;
    expect(activity.name).toBe(row[1]!.trim());
    expect(activity.responsible).toEqual(RESPONSIBLE[row[2]!.trim()]);
    const products = (row[4] ?? '').split(/\s{2,}/).map((p) => p.trim()).filter(Boolean);
    expect(activity.products).toEqual(products);
  });

  it('lists the role ids with cli roles --json', () => {
    const roles = JSON.parse(runCli(['roles', '--json']).stdout) as string[];
    expect(roles).toEqual(expect.arrayContaining(['autoridad', 'delegado', 'pocl', 'foro', 'poc', 'gremio', 'grupo_nucleo', 'monitor']));
  });
});
