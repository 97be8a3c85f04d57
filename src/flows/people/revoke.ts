/**
 * /revocar (/revoke): the Autoridad revokes its GAD's POCL or a Delegado; the POC revokes
 * any local role of any GAD. A reason is required and a question says what will happen;
 * the role ends on record (the membership row is kept with who, when and why) and the
 * person is told.
 */
import { z } from 'zod';
import { revocableRoles, revokesRoles } from '../../domain/duties.js';
import { m, raw } from '../../shared/i18n.js';
import { gadById, type Gad } from '../../store/gads.js';
import { endMembership, membershipsInGad, personById, type Membership } from '../../store/people.js';
import { yesNoChoices } from '../../engine/fields.js';
import { choiceField, Form, formFlow, textField, type Field } from '../../engine/form.js';
import { gadFields, requireGad } from '../../engine/gad-field.js';
import { inviteLabel } from '../../engine/invite-label.js';
import type { FlowContext } from '../../engine/types.js';

interface Revocation {
  gadSearch?: string;
  gadId: number;
  membershipId: string;
  reason: string;
  confirm: string;
}

/** The roles of a GAD the sender may revoke (never their own). */
function revocable(ctx: FlowContext, gadId: number): Membership[] {
  const roles = revocableRoles(ctx.memberships, gadId);
  return membershipsInGad(ctx.db, gadId).filter((row) => (roles as readonly string[]).includes(row.role) && row.personId !== ctx.person?.id);
}

/** A membership in words: the person's name and whom they are. */
function describe(ctx: FlowContext, row: Membership): string {
  const label = inviteLabel(ctx.db, { role: row.role, gadId: row.gadId, gremio: row.gremio, intendedFor: null, attributes: row.seat ? { seat: row.seat, entity: row.entity ?? '-' } : null });
  return `${personById(ctx.db, row.personId)?.displayName ?? '?'} — ${ctx.render(label)}`;
}

const allowed = (ctx: FlowContext, gad: Gad): boolean => revocable(ctx, gad.id).length > 0;
const chosen = (ctx: FlowContext, values: Partial<Revocation>) => revocable(ctx, values.gadId!).find((row) => String(row.id) === values.membershipId);

const confirmField: Field<Revocation> = {
  ...choiceField<Revocation>('confirm', m('choice-invalid'), () => yesNoChoices('revoke')),
  ask: (ctx, values) => ({
    text: m('revoke-ask', { who: describe(ctx, chosen(ctx, values)!), gad: gadById(ctx.db, values.gadId!)!.name, reason: values.reason ?? '' }),
    choices: yesNoChoices('revoke'),
  }),
};

const form = new Form<Revocation>([
  ...gadFields<Revocation>(allowed),
  choiceField<Revocation>('membershipId', m('revoke-ask-who'), (ctx, values) =>
    revocable(ctx, values.gadId!).map((row) => ({ value: String(row.id), label: raw(describe(ctx, row)) })),
  ),
  textField<Revocation>('reason', m('revoke-ask-reason'), z.string().min(5).max(1000), m('revoke-reason-hint')),
  confirmField,
]);

/** Revokes a local role, with its reason. */
export const revokeFlow = formFlow<Revocation>({
  id: 'revoke',
  commands: ['revocar', 'revoke'],
  description: m('cmd-revoke'),
  available: (ctx) => revokesRoles(ctx.memberships),
  form,
  before: requireGad<Revocation>(allowed),
  finish(ctx, values) {
    const gad = gadById(ctx.db, values.gadId);
    const row = gad ? chosen(ctx, values) : undefined;
    if (!gad || !row || values.confirm !== 'yes') return { replies: [{ text: m('confirm-not-recorded') }] };
    const who = describe(ctx, row);
    const reason = values.reason.trim();
    endMembership(ctx.db, row.id, { personId: ctx.person?.id ?? null, reason: `revoked: ${reason}`, now: ctx.now });
    ctx.audit('membership.revoked', gad.id, { membershipId: row.id, personId: row.personId, role: row.role, reason });
    ctx.notify(row.personId, { text: m('membership-revoked-notify', { gad: gad.name, who: ctx.person?.displayName ?? '', reason }) });
    return { replies: [{ text: m('revoke-done', { who, gad: gad.name }) }] };
  },
});
