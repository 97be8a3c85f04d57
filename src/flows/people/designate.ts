/**
 * /designar (/designate): invites to the local roles of a GAD. The Autoridad designates
 * the POCL and the Delegados (activity 2); the POC invites the independent monitoring
 * entity of a GAD. The bot gives a code (and a Telegram link) to forward.
 */
import type { RoleId } from '../../domain/roles.js';
import { m } from '../../shared/i18n.js';
import { gadById, type Gad } from '../../store/gads.js';
import { choiceField, Form, formFlow } from '../../engine/form.js';
import { gadFields, requireGad } from '../../engine/gad-field.js';
import { inviteeNameField, issueInvite } from './invite.js';
import { roleName } from '../../engine/names.js';
import type { FlowContext } from '../../engine/types.js';
import { designatableRoles, designatesAnyone } from '../../domain/duties.js';

interface Designation {
  gadSearch?: string;
  gadId: number;
  role: RoleId;
  name: string;
}

/** The local roles a person may invite to in a GAD. */
function designatable(ctx: FlowContext, gad: Gad): RoleId[] {
  return designatableRoles(ctx.memberships, gad.id);
}

const allowed = (ctx: FlowContext, gad: Gad): boolean => gad.status === 'accepted' && designatable(ctx, gad).length > 0;

const form = new Form<Designation>([
  ...gadFields<Designation>(allowed),
  choiceField<Designation>('role', m('designate-ask-role'), (ctx, values) => {
    const gad = gadById(ctx.db, values.gadId!);
    return gad ? designatable(ctx, gad).map((role) => ({ value: role, label: roleName(role) })) : [];
  }),
  inviteeNameField<Designation>(),
]);

/** Invites to a GAD's local roles. */
export const designateFlow = formFlow<Designation>({
  id: 'designate',
  commands: ['designar', 'designate'],
  description: m('cmd-designate'),
  available: (ctx) => designatesAnyone(ctx.memberships),
  form,
  before: requireGad<Designation>(allowed),
  finish(ctx, values) {
    const gad = gadById(ctx.db, values.gadId);
    if (!gad || !designatable(ctx, gad).includes(values.role)) return { replies: [{ text: m('command-not-allowed', { command: 'designar' }) }] };
    return { replies: [issueInvite(ctx, { role: values.role, gadId: gad.id, intendedFor: values.name })] };
  },
});
