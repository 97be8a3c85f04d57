/** Joining the bot: redeeming an invite code for a role. */
import { roleById, isRoleId } from '../domain/roles.js';
import { m, type MessageRef } from '../shared/i18n.js';
import { findRedeemableInvite, markInviteUsed, normalizeInviteCode, type InviteRefusal } from '../store/invites.js';
import { addMembership, createPerson } from '../store/people.js';
import { pocAndGremio } from './audience.js';
import { gadById, type Gad } from '../store/gads.js';
import type { FlowContext, Reply } from './types.js';
import { joiningIsAnnounced } from '../domain/duties.js';
import { announceMilestone } from './milestones.js';

/** What the sender is told when a code cannot be redeemed. */
const REFUSALS: Record<InviteRefusal, MessageRef> = {
  rate_limited: m('invite-rate-limited'),
  unknown: m('invite-unknown'),
  used: m('invite-used'),
  expired: m('invite-expired'),
};

/** The Foro attributes an invite carries, as membership columns. */
function membershipAttributes(attributes: Record<string, string> | null) {
  if (!attributes) return {};
  const { sector, entity, seat, office, foroEntityId } = attributes;
  return {
    sector: sector ?? null,
    entity: entity ?? null,
    seat: seat ?? null,
    office: office ?? null,
    foroEntityId: foroEntityId ? Number(foroEntityId) : null,
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

/**
 * Redeems a code for the sender: creates the person on first use, grants the role and
 * marks the code used. Refusals (unknown, used, expired, too many attempts) change
 * nothing but the attempt count, and are audited. Says whether the code was redeemed.
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
  const gad = invite.gadId ? gadById(ctx.db, invite.gadId) : undefined;
  if (gad && joiningIsAnnounced(invite.role)) announcePocl(ctx, gad);
  const role = roleById(invite.role);
  const welcome = m(gad ? 'invite-welcome-gad' : 'invite-welcome', {
    role: { es: role.name, en: role.nameEn },
    gad: gad?.name ?? '',
    gremio: invite.gremio ?? 'none',
  });
  return { redeemed: true, replies: [{ text: welcome }] };
}
