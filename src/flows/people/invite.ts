/**
 * /invitar (/invite): a person creates an invite code for a role they may grant. The
 * national POC invites Grupo Núcleo members, gremio contacts and other POCs.
 */
import { roleById, type RoleId } from '../../domain/roles.js';
import { GREMIOS, isGremio } from '../../domain/territory.js';
import { m, raw } from '../../shared/i18n.js';
import { createInvite, type InviteGrant } from '../../store/invites.js';
import { inviteLabel } from '../../engine/invite-label.js';
import { telegramDeepLink } from '../../store/channel-state.js';
import type { FlowContext, Reply } from '../../engine/types.js';
import { choiceField, Form, formFlow, textField, type Field } from '../../engine/form.js';
import { shortText } from '../../engine/fields.js';
import { needsGremio } from '../../domain/duties.js';
import { DAY_MS } from '../../shared/clock.js';

/** Non-local roles each role may invite from the chat. */
const INVITABLE: Partial<Record<RoleId, readonly RoleId[]>> = {
  poc: ['grupo_nucleo', 'gremio', 'poc'],
};

function invitableRoles(ctx: FlowContext): RoleId[] {
  const roles = new Set<RoleId>();
  for (const membership of ctx.memberships) {
    for (const role of INVITABLE[membership.role as RoleId] ?? []) roles.add(role);
  }
  return [...roles];
}

function roleLabel(ctx: FlowContext, role: RoleId) {
  const { name, nameEn } = roleById(role);
  return raw(ctx.locale === 'es' ? name : nameEn);
}

/**
 * Creates the invite and tells the sender how to pass it on; the message names whom the
 * code is for (role, GAD, seat and entity or commitment, and the name typed).
 */
export function issueInvite(ctx: FlowContext, grant: InviteGrant & { role: RoleId }): Reply {
  const { code, invite } = createInvite(ctx.db, grant, {
    now: ctx.now,
    ttlMs: ctx.config.invites.ttlMs,
    createdByPersonId: ctx.person?.id ?? null,
  });
  ctx.audit('invite.created', grant.gadId ?? null, { role: grant.role, gremio: grant.gremio, inviteId: invite.id, replaces: grant.replacesMembershipId ?? null });
  const link = telegramDeepLink(ctx.db, code);
  const days = Math.round(ctx.config.invites.ttlMs / DAY_MS);
  return { text: m(link ? 'invite-code-link' : 'invite-code', { label: inviteLabel(ctx.db, invite), code, link: link ?? '', days }) };
}

/** The answers of /invitar. */
interface Invitation {
  role: RoleId;
  gremio?: string;
  name: string;
}

/** The name of the person an invite is for. */
export function inviteeNameField<F extends { name: string }>(options: Pick<Field<F>, 'when'> = {}): Field<F> {
  return textField<F>('name', m('invite-ask-name'), shortText(120), m('invite-name-hint'), options);
}

/** Invites people to non-local roles, each code labelled with whom it is for. */
export const inviteFlow = formFlow<Invitation>({
  id: 'invite',
  version: 2,
  commands: ['invitar', 'invite'],
  description: m('cmd-invite'),
  available: (ctx) => invitableRoles(ctx).length > 0,
  form: new Form<Invitation>([
    choiceField<Invitation>('role', m('invite-ask-role'), (ctx) => invitableRoles(ctx).map((role) => ({ value: role, label: roleLabel(ctx, role) }))),
    choiceField<Invitation>('gremio', m('invite-ask-gremio'), () => GREMIOS.map((g) => ({ value: g, label: raw(g) })), { when: (values) => needsGremio(values.role ?? '') }),
    inviteeNameField<Invitation>(),
  ]),
  finish(ctx, values) {
    if (!invitableRoles(ctx).includes(values.role) || (values.gremio !== undefined && !isGremio(values.gremio))) return { replies: [{ text: m('choice-stale') }] };
    return { replies: [issueInvite(ctx, { role: values.role, ...(values.gremio ? { gremio: values.gremio } : {}), intendedFor: values.name })] };
  },
});
