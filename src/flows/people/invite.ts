/**
 * /invitar (/invite): a person creates an invite code for a role they may grant. The
 * national POC invites Grupo Núcleo members, gremio contacts and other POCs.
 */
import { roleById, type RoleId } from '../../domain/roles.js';
import { GREMIOS, isGremio } from '../../domain/territory.js';
import { m, raw } from '../../shared/i18n.js';
import { createInvite } from '../../store/invites.js';
import { telegramDeepLink } from '../../store/channel-state.js';
import type { Flow, FlowContext, Reply, StepResult } from '../../engine/types.js';
import { needsGremio } from '../../domain/duties.js';
import { DAY_MS } from '../../shared/clock.js';

/** Non-local roles each role may invite from the chat. */
const INVITABLE: Partial<Record<RoleId, readonly RoleId[]>> = {
  poc: ['grupo_nucleo', 'gremio', 'poc'],
};

type State = { step: 'role' } | { step: 'gremio' };

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

/** Creates the invite and tells the sender how to pass it on. */
export function issueInvite(
  ctx: FlowContext,
  grant: { role: RoleId; gadId?: number; gremio?: string; attributes?: Record<string, string> },
): Reply {
  const { code, invite } = createInvite(ctx.db, grant, {
    now: ctx.now,
    ttlMs: ctx.config.invites.ttlMs,
    createdByPersonId: ctx.person?.id ?? null,
  });
  ctx.audit('invite.created', grant.gadId ?? null, { role: grant.role, gremio: grant.gremio, inviteId: invite.id });
  const link = telegramDeepLink(ctx.db, code);
  const days = Math.round(ctx.config.invites.ttlMs / DAY_MS);
  return {
    text: m(link ? 'invite-created-link' : 'invite-created', {
      role: roleLabel(ctx, grant.role).raw + (grant.gremio ? ` (${grant.gremio})` : ''),
      code,
      link: link ?? '',
      days,
    }),
  };
}

/** Invites people to non-local roles. */
export const inviteFlow: Flow<State> = {
  id: 'invite',
  commands: ['invitar', 'invite'],
  description: m('cmd-invite'),
  available: (ctx) => invitableRoles(ctx).length > 0,
  start(ctx): StepResult<State> {
    return {
      replies: [{ text: m('invite-ask-role'), choices: invitableRoles(ctx).map((role) => ({ value: role, label: roleLabel(ctx, role) })) }],
      next: { step: 'role' },
    };
  },
  step(ctx, state, input): StepResult<State> {
    if (input.kind !== 'choice') return this.start(ctx, '');
    if (state.step === 'role') {
      const role = invitableRoles(ctx).find((r) => r === input.value);
      if (!role) return this.start(ctx, '');
      if (needsGremio(role)) {
        return {
          replies: [{ text: m('invite-ask-gremio'), choices: GREMIOS.map((g) => ({ value: g, label: raw(g) })) }],
          next: { step: 'gremio' },
        };
      }
      return { replies: [issueInvite(ctx, { role })] };
    }
    if (!isGremio(input.value)) return this.start(ctx, '');
    return { replies: [issueInvite(ctx, { role: 'gremio', gremio: input.value })] };
  },
};
