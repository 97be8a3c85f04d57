/**
 * /invitaciones (/invites): the pending invite codes the sender manages (domain/duties.ts
 * says whose), each labelled with whom it is for. A code is shown only once, so "resend"
 * revokes the old code and issues a new one for the same person and seat; "revoke" (after
 * a question) makes the code useless. Both are audited; no row is deleted.
 */
import { isRoleId } from '../../domain/roles.js';
import { issuesInvites, managesInvite } from '../../domain/duties.js';
import { m, raw } from '../../shared/i18n.js';
import { pendingInvites, revokeInvite, type Invite } from '../../store/invites.js';
import { yesNoChoices } from '../../engine/fields.js';
import { choiceField, Form, formFlow, type FormState } from '../../engine/form.js';
import { inviteLabel } from '../../engine/invite-label.js';
import { hasNationalRole, localGads } from '../../engine/gad-field.js';
import type { FlowContext, StepResult } from '../../engine/types.js';
import { formatInstantDate } from '../../shared/zoned-time.js';
import { issueInvite } from './invite.js';

/** How many invites are offered at once. */
const LISTED = 20;

interface Managing {
  inviteId: string;
  action: 'resend' | 'revoke';
  confirm: string;
}

/** The pending invites the sender manages, oldest first. */
function managed(ctx: FlowContext): Invite[] {
  if (!ctx.person) return [];
  const personId = ctx.person.id;
  const gadIds = hasNationalRole(ctx) ? undefined : localGads(ctx).map((gad) => gad.id);
  return pendingInvites(ctx.db, gadIds, ctx.now)
    .filter((invite) => managesInvite(ctx.memberships, personId, invite))
    .slice(0, LISTED);
}

const chosen = (ctx: FlowContext, values: Partial<Managing>) => managed(ctx).find((invite) => String(invite.id) === values.inviteId);

const form = new Form<Managing>([
  choiceField<Managing>('inviteId', m('invitations-ask'), (ctx) =>
    managed(ctx).map((invite) => ({
      value: String(invite.id),
      label: raw(`${ctx.render(inviteLabel(ctx.db, invite))} · ${ctx.render(m('invitations-expires', { date: formatInstantDate(invite.expiresAt, ctx.config.timeZone) }))}`),
    })),
  ),
  choiceField<Managing>('action', m('invitations-ask-action'), () => [
    { value: 'resend', label: m('invitations-resend') },
    { value: 'revoke', label: m('invitations-revoke') },
  ]),
  {
    ...choiceField<Managing>('confirm', m('choice-invalid'), () => yesNoChoices('revoke')),
    when: (values) => values.action === 'revoke',
    ask: (ctx, values) => ({ text: m('invitations-revoke-ask', { label: inviteLabel(ctx.db, chosen(ctx, values)!) }), choices: yesNoChoices('revoke') }),
  },
]);

/** Lists, resends and revokes pending invites. */
export const invitationsFlow = formFlow<Managing>({
  id: 'invitations',
  commands: ['invitaciones', 'invites'],
  description: m('cmd-invitations'),
  available: (ctx) => issuesInvites(ctx.memberships),
  form,
  before: (ctx): StepResult<FormState<Managing>> | Partial<Managing> => (managed(ctx).length === 0 ? { replies: [{ text: m('invitations-none') }] } : {}),
  finish(ctx, values) {
    const invite = chosen(ctx, values);
    if (!invite || !isRoleId(invite.role)) return { replies: [{ text: m('choice-stale') }] };
    if (values.action === 'revoke' && values.confirm !== 'yes') return { replies: [{ text: m('confirm-not-recorded') }] };
    revokeInvite(ctx.db, invite.id, { personId: ctx.person?.id ?? null, now: ctx.now });
    ctx.audit(values.action === 'resend' ? 'invite.resent' : 'invite.revoked', invite.gadId, { inviteId: invite.id });
    if (values.action === 'revoke') return { replies: [{ text: m('invitations-revoked', { label: inviteLabel(ctx.db, invite) }) }] };
    const fresh = issueInvite(ctx, {
      role: invite.role,
      gadId: invite.gadId,
      gremio: invite.gremio,
      attributes: invite.attributes,
      intendedFor: invite.intendedFor,
      replacesMembershipId: invite.replacesMembershipId,
    });
    return { replies: [{ text: m('invitations-resent') }, fresh] };
  },
});
