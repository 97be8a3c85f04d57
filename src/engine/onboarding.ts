/**
 * Joining the bot: redeeming an invite code for a role. The rules of separation of duties
 * (domain/separation.ts) and a seat's one holder are checked first: a refused code stays
 * unused and the refusal names the rule. An invite that replaces a holder ends the
 * holder's role (kept on record) and tells both.
 */
import { isRoleId } from '../domain/roles.js';
import { grantConflict, type DutyRule } from '../domain/separation.js';
import { givesForoSeat, joiningIsAnnounced } from '../domain/duties.js';
import { m, type MessageRef } from '../shared/i18n.js';
import { seatHolder } from '../store/foro.js';
import { findRedeemableInvite, markInviteUsed, normalizeInviteCode, type Invite, type InviteRefusal } from '../store/invites.js';
import { addMembership, createPerson, endMembership, membershipById } from '../store/people.js';
import { gadById, type Gad } from '../store/gads.js';
import { pocAndGremio } from './audience.js';
import { inviteLabel } from './invite-label.js';
import type { FlowContext, Reply } from './types.js';
import { announceMilestone } from './milestones.js';

/** What the sender is told when a code cannot be redeemed. */
const REFUSALS: Record<InviteRefusal, MessageRef> = {
  rate_limited: m('invite-rate-limited'),
  unknown: m('invite-unknown'),
  used: m('invite-used'),
  expired: m('invite-expired'),
  revoked: m('invite-revoked'),
};

/** The Foro and commitment attributes an invite carries, as membership columns. */
function membershipAttributes(attributes: Record<string, string> | null) {
  if (!attributes) return {};
  const { sector, entity, seat, office, foroEntityId, commitmentId } = attributes;
  return {
    sector: sector ?? null,
    entity: entity ?? null,
    seat: seat ?? null,
    office: office ?? null,
    foroEntityId: foroEntityId ? Number(foroEntityId) : null,
    commitmentId: commitmentId ? Number(commitmentId) : null,
  };
}

/** Tells the POC and the gremio that a GAD's local point of contact joined (Guía, activity 2), and the GAD's leadership. */
function announcePocl(ctx: FlowContext, gad: Gad): void {
  const told = pocAndGremio(ctx.db, gad);
  for (const personId of told) {
    ctx.notify(personId, { text: m('pocl-joined-notify', { name: ctx.person?.displayName ?? '', gad: gad.name }) });
  }
  announceMilestone(ctx, gad, 'pocl_joined', { occurrence: ctx.person?.id ?? 0, alreadyTold: told });
}

/** The rule redeeming the invite would break for the sender, if any: separation of duties, or a seat already held. */
function conflictOf(ctx: FlowContext, invite: Invite): DutyRule | undefined {
  const attributes = invite.attributes ?? {};
  const rule = ctx.person ? grantConflict(ctx.memberships, { role: invite.role, gadId: invite.gadId, seat: attributes.seat, office: attributes.office }) : undefined;
  if (rule) return rule;
  if (!givesForoSeat(invite.role) || invite.gadId === null || !attributes.foroEntityId || !attributes.seat) return undefined;
  const holder = seatHolder(ctx.db, invite.gadId, Number(attributes.foroEntityId), attributes.seat);
  return holder && holder.membershipId !== invite.replacesMembershipId ? 'seat_taken' : undefined;
}

/** Ends the role the invite replaces, and tells the person replaced and whoever invited. */
function replaceHolder(ctx: FlowContext, invite: Invite, membershipId: number): void {
  const replaced = membershipById(ctx.db, membershipId);
  if (!replaced || replaced.endedAt) return;
  endMembership(ctx.db, replaced.id, { personId: invite.createdByPersonId, reason: 'replaced', now: ctx.now });
  ctx.audit('membership.replaced', invite.gadId, { membershipId: replaced.id, personId: replaced.personId, by: ctx.person?.id, inviteId: invite.id });
  const args = { label: inviteLabel(ctx.db, { ...replaced, intendedFor: null, attributes: { seat: replaced.seat ?? '', entity: replaced.entity ?? '' } }), who: ctx.person?.displayName ?? '' };
  ctx.notify(replaced.personId, { text: m('membership-replaced-notify', args) });
  if (invite.createdByPersonId !== null) ctx.notify(invite.createdByPersonId, { text: m('membership-replaced-inviter', args) });
}

/**
 * Redeems a code for the sender: creates the person on first use, grants the role and
 * marks the code used. Refusals (unknown, used, expired, revoked, too many attempts, a
 * rule of separation of duties) change nothing but the attempt count, and are audited.
 * Says whether the code was redeemed.
 */
export function redeemInvite(ctx: FlowContext, typed: string): { redeemed: boolean; replies: Reply[] } {
  const code = normalizeInviteCode(typed);
  if (!code) {
    ctx.audit('invite.refused', null, { reason: 'malformed' });
    return { redeemed: false, replies: [{ text: m('invite-malformed') }] };
  }
  const found = findRedeemableInvite(
    ctx.db,
    code,
    { channel: ctx.identity.channel, address: ctx.identity.address },
    { now: ctx.now, maxFailedAttempts: ctx.config.invites.maxFailedAttempts, windowMs: ctx.config.invites.attemptWindowMs },
  );
  if (!found.ok) {
    ctx.audit('invite.refused', null, { reason: found.reason });
    return { redeemed: false, replies: [{ text: REFUSALS[found.reason] }] };
  }
  const { invite } = found;
  if (!isRoleId(invite.role)) throw new Error(`invite ${invite.id} has an unknown role`);
  const label = inviteLabel(ctx.db, invite);
  const rule = conflictOf(ctx, invite);
  if (rule) {
    ctx.audit('invite.refused', invite.gadId, { reason: 'duty', rule, inviteId: invite.id });
    return { redeemed: false, replies: [{ text: m('invite-refused-duty', { label, rule: ctx.render(m('duty-rule', { rule })) }) }] };
  }
  const person = ctx.person ?? createPerson(ctx.db, ctx.identity, ctx.locale, ctx.now);
  addMembership(
    ctx.db,
    person.id,
    { role: invite.role, gadId: invite.gadId, gremio: invite.gremio, ...membershipAttributes(invite.attributes) },
    ctx.now,
  );
  markInviteUsed(ctx.db, invite.id, person.id, ctx.now);
  ctx.becomePerson(person);
  ctx.audit('invite.redeemed', invite.gadId, { role: invite.role, inviteId: invite.id });
  if (invite.replacesMembershipId !== null) replaceHolder(ctx, invite, invite.replacesMembershipId);
  const gad = invite.gadId ? gadById(ctx.db, invite.gadId) : undefined;
  if (gad && joiningIsAnnounced(invite.role)) announcePocl(ctx, gad);
  return { redeemed: true, replies: [{ text: m('invite-welcome', { label, ask: 'no' }) }] };
}
