/**
 * The national open data as files: one CSV per table, `gads.json`, a Frictionless
 * `datapackage.json` (each resource with its Table Schema, loadable by CKAN) and the JSON
 * Schemas generated from the zod schemas in src/domain. The web serves them under /datos/
 * and `npm run cli -- open-data --out DIR` writes the same bytes.
 */
import { stringify } from 'csv-stringify/sync';
import { z } from 'zod';
import { ACTIVITIES } from '../../domain/activities.js';
import { GADS_DATA_SCHEMA_ID, GadsDataSchema, type GadsData } from '../../domain/open-data-schema.js';
import { PlanDataSchema } from '../../domain/plan-schema.js';
import type { Db } from '../../store/db.js';
import { openActivities, type OpenActivityRow } from '../../store/open-data.js';
import { openTables, type OpenTable } from './tables.js';
import { planVersionTables } from './plan-versions.js';
import { foroTables } from './foro-tables.js';

/** One file of the package, by its path under /datos/. */
export interface OpenDataFile {
  path: string;
  mime: string;
  body: string;
}

/** The schema files, by path under /datos/. */
export const SCHEMA_PATHS = { plan: 'esquema/plan.schema.json', gads: 'esquema/gads.schema.json' } as const;

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** A zod schema as a published JSON Schema (draft 2020-12) with its own id. */
function jsonSchema(schema: z.ZodType, id: string, title: string): string {
  return json({ $id: id, title, ...z.toJSONSchema(schema) });
}

/** A table as CSV (UTF-8, header row, RFC 4180 quoting; empty cell for null). */
function tableCsv(table: OpenTable): string {
  const columns = table.fields.map((field) => field.name);
  return stringify(table.rows, { header: true, columns, cast: { boolean: (value) => String(value) } });
}

/** gads.json: the first table's local governments with their activities, checked against its schema. */
function gadsJson(table: OpenTable, activities: readonly OpenActivityRow[], now: Date): GadsData {
  const byKey = new Map(activities.map((row) => [`${row.gadId}:${row.activity}`, row]));
  const iso = (ms: number | null | undefined) => (ms === null || ms === undefined ? null : new Date(ms).toISOString());
  return GadsDataSchema.parse({
    schema: GADS_DATA_SCHEMA_ID,
    generatedAt: now.toISOString(),
    gads: table.rows.map((row) => ({
      id: row.gad_id,
      name: row.name,
      level: row.level,
      province: row.province,
      canton: row.canton,
      gremio: row.gremio,
      entry: row.entry,
      stage: row.stage,
      activities: ACTIVITIES.map((a) => {
        const progress = byKey.get(`${row.gad_id}:${a.number}`);
        return { number: a.number, name: a.name, openedAt: iso(progress?.openedAt), doneAt: iso(progress?.doneAt) };
      }),
    })),
  });
}

/** The Frictionless descriptor of the CSV tables. */
function dataPackage(tables: readonly OpenTable[], baseUrl: string, now: Date): object {
  return {
    profile: 'tabular-data-package',
    name: 'estado-abierto-ecuador',
    title: 'Estado abierto en los gobiernos locales del Ecuador / Open State in Ecuador\'s local governments',
    description:
      'The public record of the Open State governance model in local governments (Guía breve, Anexo 4): local governments in the process, their action plans, milestones, progress and Foro sessions.',
    homepage: `${baseUrl}/`,
    created: now.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    licenses: [{ name: 'CC-BY-4.0', title: 'Creative Commons Attribution 4.0', path: 'https://creativecommons.org/licenses/by/4.0/' }],
    resources: tables.map((table) => ({
      name: table.name,
      path: `${table.name}.csv`,
      profile: 'tabular-data-resource',
      title: table.title,
      description: table.description,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      schema: { fields: table.fields, primaryKey: table.primaryKey, ...(table.foreignKeys.length ? { foreignKeys: table.foreignKeys } : {}), missingValues: [''] },
    })),
  };
}

/** Every file of the open data at `now`. */
export function openDataFiles(db: Db, baseUrl: string, now: Date): OpenDataFile[] {
  const tables = [...openTables(db), ...planVersionTables(db), ...foroTables(db)];
  return [
    ...tables.map((table) => ({ path: `${table.name}.csv`, mime: 'text/csv; charset=utf-8', body: tableCsv(table) })),
    { path: 'gads.json', mime: 'application/json; charset=utf-8', body: json(gadsJson(tables[0]!, openActivities(db), now)) },
    { path: 'datapackage.json', mime: 'application/json; charset=utf-8', body: json(dataPackage(tables, baseUrl, now)) },
    {
      path: SCHEMA_PATHS.plan,
      mime: 'application/schema+json',
      body: jsonSchema(PlanDataSchema, `${baseUrl}/datos/${SCHEMA_PATHS.plan}`, 'Plan de acción local / Local action plan'),
    },
    {
      path: SCHEMA_PATHS.gads,
      mime: 'application/schema+json',
      body: jsonSchema(GadsDataSchema, `${baseUrl}/datos/${SCHEMA_PATHS.gads}`, 'Gobiernos locales / Local governments'),
    },
  ];
}
