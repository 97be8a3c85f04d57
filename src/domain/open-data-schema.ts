/**
 * The published zod schema of the national open data's `gads.json`: every local
 * government in the process with its stage and the dates of its 15 activities. Like the
 * plan's schema (plan-schema.ts), it is published as JSON Schema under /datos/esquema/.
 */
import { z } from 'zod';

/** The id and version of the schema, written in the file. */
export const GADS_DATA_SCHEMA_ID = 'estado-abierto-ec/gobiernos-locales/v1';

const isoInstant = z.iso.datetime();

/** One activity of Anexo 4 in one local government. */
export const GadActivityDataSchema = z.object({
  number: z.number().int().min(1).max(15),
  name: z.string(),
  openedAt: isoInstant.nullable(),
  doneAt: isoInstant.nullable(),
});

/** One local government in the process. */
export const GadDataSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  level: z.enum(['provincial', 'municipal', 'parroquial']),
  province: z.string(),
  canton: z.string().nullable(),
  gremio: z.string(),
  entry: z.enum(['interest', 'prioritization']),
  stage: z.number().int().min(0).max(15),
  activities: z.array(GadActivityDataSchema).length(15),
});

/** The whole file. */
export const GadsDataSchema = z.object({
  schema: z.literal(GADS_DATA_SCHEMA_ID),
  generatedAt: isoInstant,
  gads: z.array(GadDataSchema),
});

/** The content of gads.json. */
export type GadsData = z.infer<typeof GadsDataSchema>;
