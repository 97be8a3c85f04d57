import { createHash, randomInt } from 'node:crypto';
import { and, asc, count, eq, gt, gte, inArray, isNull, sql } from 'drizzle-orm';
import type { RoleId } from '../domain/roles.js';
import type { Db } from './db.js';
import { prepared } from './prepared.js';
import { inviteAttempts, invites } from './schema.js';

/** Crockford's base32: no I, L, O or U, so a code read aloud or retyped survives. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** 16 symbols of 5 bits: 80 random bits. */
const CODE_LENGTH = 16;

/** What an invite grants. */
export interface InviteGrant {
  role: RoleId;
  gadId?: number | null;
  gremio?: string | null;
  /** Extra membership attributes (Foro sector, entity, seat, office; a commitment's id). */
  attributes?: Record<string, string> | null;
  /** The name of the person it is for, as the inviter typed it. */
  intendedFor?: string | null;
  /** The membership its redemption ends: an explicit "replace X by Y". */
  replacesMembershipId?: number | null;
}

/** An invite row. */
export type Invite = typeof invites.$inferSelect;

/** A new random invite code. */
export function newInviteCode(): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return code;
}

/**
 * Normalizes what a person typed into a code: upper case, no spaces or dashes, and the
 * letters people confuse with digits mapped back. Returns undefined if it cannot be one.
 */
export function normalizeInviteCode(typed: string): string | undefined {
  const code = typed
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  return code.length === CODE_LENGTH && [...code].every((c) => ALPHABET.includes(c)) ? code : undefined;
}

/** Whether a stretch of typed text is surely a code rather than words: as printed (upper case) or with digits. */
function looksPrinted(words: readonly string[]): boolean {
  const joined = words.join('');
  const digits = joined.replace(/\D/g, '').length;
  return words.every((word) => /^[A-Z0-9]+$/.test(word)) || digits >= 2;
}

/**
 * The invite code inside a longer text ("mi código es 3JM2 W2H0 FEPQ C24Y", a whole
 * forwarded invitation, a Telegram link): a 16-symbol word, or four groups of four, that
 * reads as a code. Undefined when there is none, or two different ones.
 */
export function inviteCodeIn(text: string): string | undefined {
  const whole = normalizeInviteCode(text);
  if (whole) return whole;
  const found = new Set<string>();
  for (const run of text.match(/[A-Za-z0-9]+(?:[ -][A-Za-z0-9]+)*/g) ?? []) {
    const words = run.split(/[ -]/);
    for (let start = 0; start < words.length; start++) {
      const single = words[start]!;
      const groups = words.slice(start, start + 4);
      const candidates = [[single], ...(groups.length === 4 && groups.every((g) => g.length === 4) ? [groups] : [])];
      for (const candidate of candidates) {
        const code = candidate.join('').length === CODE_LENGTH && looksPrinted(candidate) ? normalizeInviteCode(candidate.join('')) : undefined;
        if (code) found.add(code);
      }
    }
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/** The hash under which a code is stored; the code itself is never stored. */
export function hashInviteCode(code: string): string {
  return createHash('sha256').update(`estado-abierto-invite:${code}`).digest('hex');
}

/** Creates an invite and returns its code (shown once, never stored in clear). */
export function createInvite(
  db: Db,
  grant: InviteGrant,
  options: { now: Date; ttlMs: number; createdByPersonId?: number | null },
): { code: string; invite: Invite } {
  const code = newInviteCode();
  const invite = db
    .insert(invites)
    .values({
      codeHash: hashInviteCode(code),
      role: grant.role,
      gadId: grant.gadId ?? null,
      gremio: grant.gremio ?? null,
      attributes: grant.attributes ?? null,
      intendedFor: grant.intendedFor ?? null,
      replacesMembershipId: grant.replacesMembershipId ?? null,
      createdByPersonId: options.createdByPersonId ?? null,
      expiresAt: new Date(options.now.getTime() + options.ttlMs),
      createdAt: options.now,
    })
    .returning()
    .get();
  return { code, invite };
}

/** Why a code could not be redeemed. */
export type InviteRefusal = 'rate_limited' | 'unknown' | 'used' | 'expired' | 'revoked';

/** Looks up a code for redemption, counting failures against the sender's rate limit. */
export function findRedeemableInvite(
  db: Db,
  code: string,
  sender: { channel: string; address: string },
  limits: { now: Date; maxFailedAttempts: number; windowMs: number },
): { ok: true; invite: Invite } | { ok: false; reason: InviteRefusal } {
  const since = limits.now.getTime() - limits.windowMs;
  const failures = prepared(db, 'invites.failures', () =>
    db
      .select({ n: count() })
      .from(inviteAttempts)
      .where(
        and(
          eq(inviteAttempts.channel, sql.placeholder('channel')),
          eq(inviteAttempts.address, sql.placeholder('address')),
          gte(inviteAttempts.at, sql.placeholder('since')),
        ),
      )
      .prepare(),
  ).get({ channel: sender.channel, address: sender.address, since })!.n;
  if (failures >= limits.maxFailedAttempts) return { ok: false, reason: 'rate_limited' };
  const invite = prepared(db, 'invites.byHash', () =>
    db
      .select()
      .from(invites)
      .where(eq(invites.codeHash, sql.placeholder('codeHash')))
      .prepare(),
  ).get({ codeHash: hashInviteCode(code) });
  const reason: InviteRefusal | undefined = !invite
    ? 'unknown'
    : invite.usedAt
      ? 'used'
      : invite.revokedAt
        ? 'revoked'
        : invite.expiresAt.getTime() <= limits.now.getTime()
        ? 'expired'
        : undefined;
  if (reason || !invite) {
    db.insert(inviteAttempts).values({ channel: sender.channel, address: sender.address, at: limits.now }).run();
    return { ok: false, reason: reason ?? 'unknown' };
  }
  return { ok: true, invite };
}

/** Marks an invite as used by a person. */
export function markInviteUsed(db: Db, inviteId: number, personId: number, now: Date): void {
  prepared(db, 'invites.markUsed', () =>
    db
      .update(invites)
      .set({ usedAt: sql`${sql.placeholder('now')}`, usedByPersonId: sql`${sql.placeholder('personId')}` })
      .where(eq(invites.id, sql.placeholder('inviteId')))
      .prepare(),
  ).run({ now: now.getTime(), personId, inviteId });
}

/** Whether the database has no people and no invites yet (a brand-new installation). */
export function isFreshInstallation(db: Db): boolean {
  const row = db.$client
    .prepare('SELECT EXISTS (SELECT 1 FROM people) OR EXISTS (SELECT 1 FROM invites) AS used')
    .get() as { used: number };
  return row.used === 0;
}

/** An invite not used, revoked or expired at `now`. */
function pending(now: Date) {
  return and(isNull(invites.usedAt), isNull(invites.revokedAt), gt(invites.expiresAt, now));
}

/** Invites not used, revoked or expired: of some GADs, or (undefined) of every GAD and the national roles; oldest first. */
export function pendingInvites(db: Db, gadIds: readonly number[] | undefined, now: Date): Invite[] {
  return db
    .select()
    .from(invites)
    .where(and(pending(now), gadIds ? inArray(invites.gadId, [...gadIds]) : undefined))
    .orderBy(asc(invites.id))
    .all();
}

/** A pending invite of a GAD's Foro to one seat of one entity (so a seat is not invited twice). */
export function pendingSeatInvite(db: Db, gadId: number, entityId: number, seat: string, now: Date): Invite | undefined {
  return db
    .select()
    .from(invites)
    .where(
      and(
        pending(now),
        eq(invites.gadId, gadId),
        eq(invites.role, 'foro'),
        sql`json_extract(${invites.attributes}, '$.foroEntityId') = ${String(entityId)}`,
        sql`json_extract(${invites.attributes}, '$.seat') = ${seat}`,
      ),
    )
    .orderBy(asc(invites.id))
    .get();
}

/** Revokes an invite: its code no longer works; the row is kept. */
export function revokeInvite(db: Db, inviteId: number, by: { personId: number | null; now: Date }): void {
  db.update(invites)
    .set({ revokedAt: by.now, revokedByPersonId: by.personId })
    .where(and(eq(invites.id, inviteId), isNull(invites.usedAt), isNull(invites.revokedAt)))
    .run();
}
