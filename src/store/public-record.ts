/**
 * The public record the web portal shows anyone: local governments accepted into the
 * process, their activities' dates, their Foro's entities and offices, their sessions with
 * the actas, and their published plans. Read-only; no personal contact data, no invite
 * codes, no drafts. What counts as public is decided here, once (see the README).
 */
import { and, asc, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from './db.js';
import type { DocumentRow } from './documents-repo.js';
import { EVIDENCE_PRODUCT } from './plan-progress.js';
import { prepared } from './prepared.js';
import { documents, foroSessions, gads, memberships, plans } from './schema.js';
import { MINUTES_PRODUCT } from './sessions.js';
import type { Gad, GadListing } from './gads.js';
import type { Plan } from './plans.js';

/** The GAD status the portal shows: only those the POC accepted into the process. */
const PUBLIC_GAD_STATUS = 'accepted';
/** Plan statuses the portal shows: drafts and approved-but-unpublished plans stay private. */
export const PUBLIC_PLAN_STATUSES = ['published', 'closed'] as const;
/** The SQL condition for a public plan (`p`) of an accepted local government (`g`), for bulk reads of the public record. */
export const PUBLIC_PLAN_CONDITION = `p.status IN (${PUBLIC_PLAN_STATUSES.map((status) => `'${status}'`).join(', ')}) AND g.status = 'accepted'`;
/** The generated files of published plans and of their accountability reports. */
const PLAN_FILE_PRODUCTS = ['plan_accion_pdf', 'plan_accion_json', 'plan_accion_csv', 'rendicion_cuentas_pdf', 'rendicion_cuentas_json', 'rendicion_cuentas_csv'];

/** A local government as the portal lists it, with its stage (highest activity done). */
export interface PublicGadRow extends GadListing {
  stage: number;
}

/** What narrows the list of local governments. */
export interface GadFilter {
  /** Words of the name, canton or province (accents and case ignored). */
  words?: readonly string[];
  province?: string;
  level?: string;
}

const STAGE = `COALESCE((SELECT MAX(p.activity) FROM activity_progress p WHERE p.gad_id = g.id AND p.done_at IS NOT NULL), 0)`;

/** Accepted local governments matching a filter, by province and name; and how many match. */
export function publicGads(db: Db, filter: GadFilter, page: { limit: number; offset: number }): { rows: PublicGadRow[]; total: number } {
  const where = [`g.status = '${PUBLIC_GAD_STATUS}'`];
  const params: (string | number)[] = [];
  for (const word of filter.words ?? []) {
    where.push('g.natural_key LIKE ?');
    params.push(`%${word}%`);
  }
  if (filter.province) {
    where.push('g.province = ?');
    params.push(filter.province);
  }
  if (filter.level) {
    where.push('g.level = ?');
    params.push(filter.level);
  }
  const clause = where.join(' AND ');
  const rows = db.$client
    .prepare(
      `SELECT g.id, g.name, g.level, g.province, g.canton, g.gremio, ${STAGE} AS stage FROM gads g
       WHERE ${clause} ORDER BY g.province, g.name LIMIT ? OFFSET ?`,
    )
    .all(...params, page.limit, page.offset) as PublicGadRow[];
  const { n } = db.$client.prepare(`SELECT count(*) AS n FROM gads g WHERE ${clause}`).get(...params) as { n: number };
  return { rows, total: n };
}

/** Level and stage of every accepted local government (for the overview and its chart). */
export function publicStages(db: Db): { level: string; province: string; stage: number }[] {
  return prepared(db, 'publicStages', () =>
    db.$client.prepare(`SELECT g.level, g.province, ${STAGE} AS stage FROM gads g WHERE g.status = '${PUBLIC_GAD_STATUS}'`),
  ).all() as { level: string; province: string; stage: number }[];
}

/** How many accepted local governments have done each activity. */
export function completionsByActivity(db: Db): Map<number, number> {
  const rows = prepared(db, 'completionsByActivity', () =>
    db.$client.prepare(
      `SELECT p.activity, count(*) AS n FROM activity_progress p JOIN gads g ON g.id = p.gad_id
       WHERE p.done_at IS NOT NULL AND g.status = '${PUBLIC_GAD_STATUS}' GROUP BY p.activity`,
    ),
  ).all() as { activity: number; n: number }[];
  return new Map(rows.map((row) => [row.activity, row.n]));
}

/** The latest activities done in accepted local governments, newest first. */
export function recentCompletions(db: Db, limit: number): { gadId: number; gad: string; activity: number; doneAt: Date }[] {
  const rows = prepared(db, 'recentCompletions', () =>
    db.$client.prepare(
      `SELECT g.id AS gadId, g.name AS gad, p.activity, p.done_at AS doneAt FROM activity_progress p JOIN gads g ON g.id = p.gad_id
       WHERE p.done_at IS NOT NULL AND g.status = '${PUBLIC_GAD_STATUS}' ORDER BY p.done_at DESC LIMIT ?`,
    ),
  ).all(limit) as { gadId: number; gad: string; activity: number; doneAt: number }[];
  return rows.map((row) => ({ ...row, doneAt: new Date(row.doneAt) }));
}

/** The provinces that have accepted local governments, with how many. */
export function publicProvinces(db: Db): { province: string; count: number }[] {
  return db.$client
    .prepare(`SELECT province, count(*) AS count FROM gads WHERE status = '${PUBLIC_GAD_STATUS}' GROUP BY province ORDER BY province`)
    .all() as { province: string; count: number }[];
}

/** An accepted local government, or undefined (unknown, pending or declined ones are not public). */
export function publicGad(db: Db, id: number): Gad | undefined {
  return db
    .select()
    .from(gads)
    .where(and(eq(gads.id, id), eq(gads.status, PUBLIC_GAD_STATUS)))
    .get();
}

/** A Foro seat as the portal shows it: the entity, its sector, seat and office; no person. */
export interface PublicForoSeat {
  entity: string | null;
  sector: string | null;
  seat: string | null;
  office: string | null;
}

/** The Foro's seats by entity (members' names and contacts are left out). */
export function publicForoSeats(db: Db, gadId: number): PublicForoSeat[] {
  return db
    .select({ entity: memberships.entity, sector: memberships.sector, seat: memberships.seat, office: memberships.office })
    .from(memberships)
    .where(and(eq(memberships.gadId, gadId), eq(memberships.role, 'foro'), isNull(memberships.endedAt)))
    .orderBy(asc(memberships.sector), asc(memberships.entity), asc(memberships.seat))
    .all();
}

/** A Foro session as the portal shows it (the meeting link is left out), with its acta. */
export interface PublicSession {
  id: number;
  startsAt: Date;
  durationMinutes: number;
  status: string;
  place: string | null;
  agenda: string | null;
  updatedAt: Date;
  acta: DocumentRow | undefined;
}

/** A local government's sessions, latest first, with the latest version of each acta. */
export function publicSessions(db: Db, gadId: number, limit: number): PublicSession[] {
  const rows = db
    .select()
    .from(foroSessions)
    .where(eq(foroSessions.gadId, gadId))
    .orderBy(desc(foroSessions.startsAt))
    .limit(limit)
    .all();
  const actas = rows.length
    ? db
        .select()
        .from(documents)
        .where(and(inArray(documents.sessionId, rows.map((row) => row.id)), eq(documents.product, MINUTES_PRODUCT)))
        .orderBy(asc(documents.id))
        .all()
    : [];
  return rows.map((row) => ({
    id: row.id,
    startsAt: row.startsAt,
    durationMinutes: row.durationMinutes,
    status: row.status,
    place: row.place,
    agenda: row.agenda,
    updatedAt: row.updatedAt,
    acta: actas.filter((doc) => doc.sessionId === row.id).at(-1),
  }));
}

/** A local government's published (or closed) plans, latest first. */
export function publicPlans(db: Db, gadId: number): Plan[] {
  return db
    .select()
    .from(plans)
    .where(and(eq(plans.gadId, gadId), inArray(plans.status, [...PUBLIC_PLAN_STATUSES])))
    .orderBy(desc(plans.id))
    .all();
}

/**
 * A document of an accepted local government that anyone may download: the files of a
 * published plan or report, the acta of a session, or evidence of a published plan's
 * milestone. Anything else (activity products, unfiled uploads, calendar invitations,
 * evaluation packages) stays with the people of the process.
 */
export function publicDocument(db: Db, gadId: number, documentId: number): DocumentRow | undefined {
  const row = db
    .select()
    .from(documents)
    .where(and(eq(documents.id, documentId), eq(documents.gadId, gadId)))
    .get();
  if (!row || !publicGad(db, gadId)) return undefined;
  if (PLAN_FILE_PRODUCTS.includes(row.product)) return row;
  if (row.product === MINUTES_PRODUCT && row.sessionId !== null) return row;
  if (row.product === EVIDENCE_PRODUCT && row.milestoneId !== null) {
    const published = db.$client
      .prepare(
        `SELECT 1 FROM milestones ms JOIN commitments c ON c.id = ms.commitment_id JOIN plans p ON p.id = c.plan_id
         WHERE ms.id = ? AND p.gad_id = ? AND p.status IN (${PUBLIC_PLAN_STATUSES.map(() => '?').join(', ')})`,
      )
      .get(row.milestoneId, gadId, ...PUBLIC_PLAN_STATUSES);
    return published ? row : undefined;
  }
  return undefined;
}
