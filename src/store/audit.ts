import { sql } from 'drizzle-orm';
import type { Db } from './db.js';
import { prepared } from './prepared.js';
import { auditLog } from './schema.js';

/** Who did something: a person, or a sender not yet known as one. */
export interface Actor {
  personId?: number | null;
  address?: string;
}

/** Appends one row to the audit log. */
export function audit(
  db: Db,
  at: Date,
  actor: Actor,
  action: string,
  gadId?: number | null,
  details?: Record<string, unknown>,
): void {
  prepared(db, 'audit', () =>
    db
      .insert(auditLog)
      .values({
        at: sql.placeholder('at'),
        actorPersonId: sql.placeholder('actorPersonId'),
        actorAddress: sql.placeholder('actorAddress'),
        action: sql.placeholder('action'),
        gadId: sql.placeholder('gadId'),
        details: sql.placeholder('details'),
      })
      .prepare(),
  ).run({
    at,
    actorPersonId: actor.personId ?? null,
    actorAddress: actor.personId ? null : (actor.address ?? null),
    action,
    gadId: gadId ?? null,
    details: details ?? null,
  });
}
