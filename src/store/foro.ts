import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { ForoOffice, ForoSector } from '../domain/roles.js';
import type { Db } from './db.js';
import { prepared } from './prepared.js';
import { foroEntities, memberships, people } from './schema.js';

/** An entity of a GAD's actor map. */
export type ForoEntity = typeof foroEntities.$inferSelect;

/** A Foro member: who, for which entity and sector, in which seat and office. */
export interface ForoMember {
  membershipId: number;
  personId: number;
  name: string;
  entityId: number | null;
  entity: string | null;
  sector: string | null;
  seat: string | null;
  office: string | null;
}

/** Adds an entity to a GAD's actor map. */
export function addForoEntity(
  db: Db,
  input: { gadId: number; name: string; sector: ForoSector; contact: string; interest: string; createdByPersonId: number | null; now: Date },
): ForoEntity {
  return db
    .insert(foroEntities)
    .values({ gadId: input.gadId, name: input.name, sector: input.sector, contact: input.contact, interest: input.interest, createdByPersonId: input.createdByPersonId, createdAt: input.now })
    .returning()
    .get();
}

/** A GAD's actor map. */
export function foroEntitiesOf(db: Db, gadId: number): ForoEntity[] {
  return db.select().from(foroEntities).where(eq(foroEntities.gadId, gadId)).orderBy(asc(foroEntities.id)).all();
}

/**
 * A GAD's Foro members, one row per membership, in the order they joined. The one query
 * of the Foro's composition: listings, the readiness rules, invitations and audiences.
 */
export function foroMembers(db: Db, gadId: number): ForoMember[] {
  return prepared(db, 'foroMembers', () =>
    db
      .select({
        membershipId: memberships.id,
        personId: memberships.personId,
        name: people.displayName,
        entityId: memberships.foroEntityId,
        entity: memberships.entity,
        sector: memberships.sector,
        seat: memberships.seat,
        office: memberships.office,
      })
      .from(memberships)
      .innerJoin(people, eq(people.id, memberships.personId))
      .where(and(eq(memberships.gadId, sql.placeholder('gadId')), eq(memberships.role, 'foro'), isNull(memberships.endedAt)))
      .orderBy(asc(memberships.id))
      .prepare(),
  ).all({ gadId });
}

/** The distinct people of a GAD's Foro, in the order they joined. */
export function foroMemberIds(db: Db, gadId: number): number[] {
  return [...new Set(foroMembers(db, gadId).map((row) => row.personId))];
}

/** The distinct people holding `office` in a GAD's Foro (the Presidencia, the Secretaría Técnica). */
export function officeHolders(db: Db, gadId: number, office: ForoOffice): number[] {
  return [...new Set(foroMembers(db, gadId).filter((row) => row.office === office).map((row) => row.personId))];
}

/** Gives an office to one Foro member of a GAD, taking it from whoever held it. */
export function assignOffice(db: Db, gadId: number, membershipId: number, office: ForoOffice): void {
  vacateOffice(db, gadId, office);
  db.update(memberships).set({ office }).where(eq(memberships.id, membershipId)).run();
}

/** The member holding one seat of one entity in a GAD's Foro, if any. */
export function seatHolder(db: Db, gadId: number, entityId: number, seat: string): ForoMember | undefined {
  return foroMembers(db, gadId).find((member) => member.entityId === entityId && member.seat === seat);
}

/** Takes an office from whoever holds it in a GAD's Foro. */
export function vacateOffice(db: Db, gadId: number, office: ForoOffice): void {
  db.update(memberships)
    .set({ office: null })
    .where(and(eq(memberships.gadId, gadId), eq(memberships.role, 'foro'), eq(memberships.office, office), isNull(memberships.endedAt)))
    .run();
}
