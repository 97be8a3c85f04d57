/**
 * What the national desk reads: every local government in a scope with its stage and
 * what is stalled, the people who hold its roles, and the state of the outbox (backlog and
 * failed sends). Read-only; people appear by display name, never by phone or address.
 */
import { and, eq } from 'drizzle-orm';
import type { Db } from './db.js';
import type { GadListing } from './gads.js';
import type { DocumentRow } from './documents-repo.js';
import { documents } from './schema.js';

/** A local government as the desk lists it. */
export interface DeskGadRow extends GadListing {
  status: string;
  stage: number;
  /** Open activities (prerequisites done, not yet done), by number. */
  open: number[];
  /** When the longest-open activity opened (ms), or null. */
  openSince: number | null;
}

const gremioFilter = (gremios: readonly string[] | undefined, column: string) =>
  gremios ? `AND ${column} IN (${gremios.map(() => '?').join(',') || "''"})` : '';

/** Every local government in scope (all when `gremios` is undefined), by province and name. */
export function deskGads(db: Db, gremios: readonly string[] | undefined): DeskGadRow[] {
  const rows = db.$client
    .prepare(
      `SELECT g.id, g.name, g.level, g.province, g.canton, g.gremio, g.status,
              COALESCE(MAX(CASE WHEN p.done_at IS NOT NULL THEN p.activity END), 0) AS stage,
              group_concat(CASE WHEN p.done_at IS NULL AND p.opened_at IS NOT NULL THEN p.activity END) AS open,
              MIN(CASE WHEN p.done_at IS NULL THEN p.opened_at END) AS openSince
       FROM gads g LEFT JOIN activity_progress p ON p.gad_id = g.id
       WHERE 1 = 1 ${gremioFilter(gremios, 'g.gremio')}
       GROUP BY g.id ORDER BY g.province, g.name`,
    )
    .all(...(gremios ?? [])) as (Omit<DeskGadRow, 'open'> & { open: string | null })[];
  return rows.map((row) => ({ ...row, open: row.open ? row.open.split(',').map(Number).sort((a, b) => a - b) : [] }));
}

/** A local role held in a local government, by display name. */
export interface RoleHolder {
  gadId: number;
  role: string;
  name: string;
  office: string | null;
  entity: string | null;
  sector: string | null;
  seat: string | null;
}

/** The people holding local roles in some local governments (all when `gadIds` is undefined). */
export function roleHolders(db: Db, gadIds?: readonly number[]): RoleHolder[] {
  const filter = gadIds ? `AND m.gad_id IN (${gadIds.map(() => '?').join(',') || '0'})` : '';
  return db.$client
    .prepare(
      `SELECT m.gad_id AS gadId, m.role, p.display_name AS name, m.office, m.entity, m.sector, m.seat
       FROM memberships m JOIN people p ON p.id = m.person_id WHERE m.gad_id IS NOT NULL AND m.ended_at IS NULL ${filter} ORDER BY m.role, p.display_name`,
    )
    .all(...(gadIds ?? [])) as RoleHolder[];
}

/** The outbox of one channel: what waits, what is being retried, what can never go. */
export interface OutboxState {
  channel: string;
  pending: number;
  retrying: number;
  unreachable: number;
  /** When the oldest pending row was queued (ms), or null. */
  oldestPending: number | null;
}

/** The outbox's state per channel. */
export function outboxStates(db: Db): OutboxState[] {
  return db.$client
    .prepare(
      `SELECT channel, SUM(status = 'pending') AS pending, SUM(status = 'pending' AND attempts > 0) AS retrying,
              SUM(status = 'unreachable') AS unreachable, MIN(CASE WHEN status = 'pending' THEN created_at END) AS oldestPending
       FROM outbox WHERE status IN ('pending', 'unreachable') GROUP BY channel ORDER BY channel`,
    )
    .all() as OutboxState[];
}

/** When the oldest pending message was due (ms), or null when nothing waits. */
export function oldestDuePending(db: Db): number | null {
  const row = db.$client.prepare(`SELECT MIN(next_attempt_at) AS due FROM outbox WHERE status = 'pending'`).get() as { due: number | null };
  return row.due;
}

/** A send that failed at least once: retried or given up (the recipient blocked the bot). */
export interface FailedSend {
  id: number;
  channel: string;
  status: string;
  attempts: number;
  lastError: string | null;
  createdAt: number;
  recipient: string | null;
}

/**
 * The latest failed sends, newest first; with `gremios`, only to people holding a role in
 * one of their local governments or that gremio's contacts.
 */
export function failedSends(db: Db, gremios: readonly string[] | undefined, limit: number): FailedSend[] {
  const scope = gremios
    ? `AND EXISTS (SELECT 1 FROM memberships m LEFT JOIN gads g ON g.id = m.gad_id
         WHERE m.person_id = i.person_id AND (1 = 0 ${gremioFilter(gremios, 'g.gremio').replace('AND', 'OR')} ${gremioFilter(gremios, 'm.gremio').replace('AND', 'OR')}))`
    : '';
  return db.$client
    .prepare(
      `SELECT o.id, o.channel, o.status, o.attempts, o.last_error AS lastError, o.created_at AS createdAt, p.display_name AS recipient
       FROM outbox o JOIN identities i ON i.id = o.identity_id LEFT JOIN people p ON p.id = i.person_id
       WHERE ((o.status = 'pending' AND o.attempts > 0) OR o.status = 'unreachable') ${scope}
       ORDER BY o.id DESC LIMIT ?`,
    )
    .all(...(gremios ?? []), ...(gremios ?? []), limit) as FailedSend[];
}

/** One document of a local government, whatever its kind (the desk sees them all). */
export function documentOfGad(db: Db, gadId: number, documentId: number): DocumentRow | undefined {
  return db
    .select()
    .from(documents)
    .where(and(eq(documents.id, documentId), eq(documents.gadId, gadId)))
    .get();
}
