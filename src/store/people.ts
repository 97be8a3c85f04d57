import { and, desc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { ChannelId } from '../shared/messages.js';
import type { Locale } from '../shared/i18n.js';
import { NATIONAL_ROLES } from '../domain/duties.js';
import type { RoleId } from '../domain/roles.js';
import type { Db } from './db.js';
import { prepared } from './prepared.js';
import { identities, memberships, outbox, people } from './schema.js';

/** An identity row. */
export type Identity = typeof identities.$inferSelect;
/** A person row. */
export type Person = typeof people.$inferSelect;
/** A membership row. */
export type Membership = typeof memberships.$inferSelect;
/** The attributes of a new membership. */
export type NewMembership = Omit<typeof memberships.$inferInsert, 'id' | 'personId' | 'createdAt' | 'role' | 'endedAt' | 'endedByPersonId' | 'endedReason'> & {
  role: RoleId;
};

/** The identity of an address on a channel, if the bot has seen it. */
export function findIdentity(db: Db, channel: ChannelId, address: string): Identity | undefined {
  return prepared(db, 'findIdentity', () =>
    db
      .select()
      .from(identities)
      .where(and(eq(identities.channel, sql.placeholder('channel')), eq(identities.address, sql.placeholder('address'))))
      .prepare(),
  ).get({ channel, address });
}

/** An unsaved identity for a sender the bot has never seen (nothing is written). */
export function guestIdentity(channel: ChannelId, address: string, now: Date): Identity {
  return { id: -1, channel, address, personId: null, displayName: null, locale: null, unreachableAt: null, createdAt: now };
}

/**
 * Finds or creates the identity of a sender; a sender who writes again is reachable again.
 * `aliases` are other addresses of the same sender on the channel (a WhatsApp LID beside
 * the phone number): an identity first seen under an alias moves to `address` with its
 * person, roles and pending messages, so one person stays one identity. `localeHint`
 * (what the platform suggests) is kept for someone without a person or a language of
 * their own yet.
 */
export function upsertIdentity(
  db: Db,
  channel: ChannelId,
  address: string,
  displayName: string | undefined,
  now: Date,
  options: { aliases?: readonly string[] | undefined; localeHint?: Locale | undefined } = {},
): Identity {
  const { aliases = [], localeHint } = options;
  const found = findIdentity(db, channel, address) ?? readdressAlias(db, channel, address, aliases);
  if (found) {
    adoptAliasPerson(db, channel, found, aliases);
    const locale = found.locale ?? (found.personId === null ? (localeHint ?? null) : null);
    if (found.unreachableAt || (displayName && displayName !== found.displayName) || locale !== found.locale) {
      const changes = { unreachableAt: null, displayName: displayName ?? found.displayName, locale };
      prepared(db, 'refreshIdentity', () =>
        db
          .update(identities)
          .set({ unreachableAt: null, displayName: sql`${sql.placeholder('displayName')}`, locale: sql`${sql.placeholder('locale')}` })
          .where(eq(identities.id, sql.placeholder('id')))
          .prepare(),
      ).run({ id: found.id, displayName: changes.displayName, locale: changes.locale });
      return { ...found, ...changes };
    }
    return found;
  }
  return db
    .insert(identities)
    .values({ channel, address, displayName: displayName ?? null, locale: localeHint ?? null, createdAt: now })
    .returning()
    .get();
}

/** Records the language of someone who has no person yet. */
export function setIdentityLocale(db: Db, identityId: number, locale: Locale): void {
  db.update(identities).set({ locale }).where(eq(identities.id, identityId)).run();
}

/** The identity first seen under one of `aliases`, moved to `address`; undefined if there is none. */
function readdressAlias(db: Db, channel: ChannelId, address: string, aliases: readonly string[]): Identity | undefined {
  for (const alias of aliases) {
    const old = alias === address ? undefined : findIdentity(db, channel, alias);
    if (!old) continue;
    db.update(identities).set({ address }).where(eq(identities.id, old.id)).run();
    db.update(outbox).set({ address }).where(and(eq(outbox.identityId, old.id), eq(outbox.status, 'pending'))).run();
    return { ...old, address };
  }
  return undefined;
}

/** When `identity` has no person yet and an alias's identity has one, both become that person. */
function adoptAliasPerson(db: Db, channel: ChannelId, identity: Identity, aliases: readonly string[]): void {
  if (identity.personId) return;
  for (const alias of aliases) {
    const other = alias === identity.address ? undefined : findIdentity(db, channel, alias);
    if (!other?.personId) continue;
    db.update(identities).set({ personId: other.personId }).where(eq(identities.id, identity.id)).run();
    identity.personId = other.personId;
    return;
  }
}

/** Creates a person and links the identity to them. */
export function createPerson(db: Db, identity: Identity, locale: Locale, now: Date): Person {
  const person = prepared(db, 'createPerson', () =>
    db
      .insert(people)
      .values({ displayName: sql.placeholder('displayName'), locale: sql.placeholder('locale'), createdAt: sql.placeholder('createdAt') })
      .returning()
      .prepare(),
  ).get({ displayName: identity.displayName ?? identity.address, locale, createdAt: now });
  prepared(db, 'linkIdentity', () =>
    db
      .update(identities)
      .set({ personId: sql`${sql.placeholder('personId')}` })
      .where(eq(identities.id, sql.placeholder('identityId')))
      .prepare(),
  ).run({ personId: person.id, identityId: identity.id });
  return person;
}

/** The person with that id. */
export function personById(db: Db, personId: number): Person | undefined {
  return prepared(db, 'personById', () => db.select().from(people).where(eq(people.id, sql.placeholder('id'))).prepare()).get({ id: personId });
}

/** Changes a person's locale. */
export function setLocale(db: Db, personId: number, locale: Locale): void {
  prepared(db, 'setLocale', () =>
    db.update(people).set({ locale: sql`${sql.placeholder('locale')}` }).where(eq(people.id, sql.placeholder('personId'))).prepare(),
  ).run({ locale, personId });
}

/** Every role a person holds now (ended ones left out). */
export function membershipsOf(db: Db, personId: number): Membership[] {
  return prepared(db, 'membershipsOf', () =>
    db
      .select()
      .from(memberships)
      .where(and(eq(memberships.personId, sql.placeholder('personId')), isNull(memberships.endedAt)))
      .prepare(),
  ).all({ personId });
}

/** Grants a role; an identical membership already held is not duplicated. */
export function addMembership(db: Db, personId: number, membership: NewMembership, now: Date): Membership {
  const existing = membershipsOf(db, personId).find(
    (row) =>
      row.role === membership.role &&
      row.gadId === (membership.gadId ?? null) &&
      row.gremio === (membership.gremio ?? null) &&
      row.entity === (membership.entity ?? null) &&
      row.seat === (membership.seat ?? null),
  );
  if (existing) return existing;
  return prepared(db, 'addMembership', () =>
    db
      .insert(memberships)
      .values({
        personId: sql.placeholder('personId'),
        role: sql.placeholder('role'),
        gadId: sql.placeholder('gadId'),
        gremio: sql.placeholder('gremio'),
        sector: sql.placeholder('sector'),
        entity: sql.placeholder('entity'),
        foroEntityId: sql.placeholder('foroEntityId'),
        seat: sql.placeholder('seat'),
        office: sql.placeholder('office'),
        commitmentId: sql.placeholder('commitmentId'),
        createdAt: sql.placeholder('createdAt'),
      })
      .returning()
      .prepare(),
  ).get({
    personId,
    role: membership.role,
    gadId: membership.gadId ?? null,
    gremio: membership.gremio ?? null,
    sector: membership.sector ?? null,
    entity: membership.entity ?? null,
    foroEntityId: membership.foroEntityId ?? null,
    seat: membership.seat ?? null,
    office: membership.office ?? null,
    commitmentId: membership.commitmentId ?? null,
    createdAt: now,
  });
}

/** The membership with that id (ended or not). */
export function membershipById(db: Db, membershipId: number): Membership | undefined {
  return db.select().from(memberships).where(eq(memberships.id, membershipId)).get();
}

/** Ends a role (revoked, or its holder replaced): the row is kept with when, by whom and why. */
export function endMembership(db: Db, membershipId: number, by: { personId: number | null; reason: string; now: Date }): void {
  db.update(memberships)
    .set({ endedAt: by.now, endedByPersonId: by.personId, endedReason: by.reason })
    .where(and(eq(memberships.id, membershipId), isNull(memberships.endedAt)))
    .run();
}

/** Every active membership of a GAD, in the order granted. */
export function membershipsInGad(db: Db, gadId: number): Membership[] {
  return db
    .select()
    .from(memberships)
    .where(and(eq(memberships.gadId, gadId), isNull(memberships.endedAt)))
    .orderBy(memberships.id)
    .all();
}

/** Records the person's full name (shown from now on), position and institution, given once on joining. */
export function setProfile(db: Db, personId: number, profile: { fullName: string; position: string; institution: string; now: Date }): void {
  db.update(people)
    .set({ displayName: profile.fullName, position: profile.position, institution: profile.institution, profiledAt: profile.now })
    .where(eq(people.id, personId))
    .run();
}

/** The identity the bot uses to reach a person: the most recent reachable one. */
export function reachableIdentity(db: Db, personId: number): Identity | undefined {
  return prepared(db, 'reachableIdentity', () =>
    db
      .select()
      .from(identities)
      .where(and(eq(identities.personId, sql.placeholder('personId')), isNull(identities.unreachableAt)))
      .orderBy(desc(identities.id))
      .prepare(),
  ).get({ personId });
}

/** Marks an identity as unreachable (the person blocked the bot). */
export function markUnreachable(db: Db, identityId: number, now: Date): void {
  db.update(identities).set({ unreachableAt: now }).where(eq(identities.id, identityId)).run();
}

/** People holding `role`, optionally only in one GAD or one gremio. */
export function peopleWithRole(
  db: Db,
  role: RoleId,
  where: { gadId?: number; gremio?: string } = {},
): number[] {
  const conditions = [eq(memberships.role, role), isNull(memberships.endedAt)];
  if (where.gadId !== undefined) conditions.push(eq(memberships.gadId, where.gadId));
  if (where.gremio !== undefined) conditions.push(eq(memberships.gremio, where.gremio));
  const rows = db
    .selectDistinct({ personId: memberships.personId })
    .from(memberships)
    .where(and(...conditions))
    .all();
  return rows.map((row) => row.personId);
}

/** Every membership in some GADs, and every national one (POC, gremio contacts, Grupo Núcleo). */
export function membershipsInGadsOrNational(db: Db, gadIds: readonly number[]): Membership[] {
  return db
    .select()
    .from(memberships)
    .where(and(isNull(memberships.endedAt), or(inArray(memberships.gadId, [...gadIds]), inArray(memberships.role, [...NATIONAL_ROLES]))))
    .all();
}
