/**
 * /priorizar (/prioritize), route b of the Guía: the POC registers a local government
 * from its own diagnosis and prioritization, and receives an invite for its Autoridad.
 */
import { GAD_STATUS_NAMES, LEVEL_NAMES, nameIn } from '../../domain/labels.js';
import { m } from '../../shared/i18n.js';
import { createGad, findGad, gadById } from '../../store/gads.js';
import { peopleWithRole } from '../../store/people.js';
import { openActivity } from '../../store/progress.js';
import { alreadyRegistered, confirmField, gadIdentityFields, type GadIdentity } from '../../engine/fields.js';
import { Form, formFlow, type FormState } from '../../engine/form.js';
import { issueInvite } from '../people/invite.js';
import type { FlowContext, StepResult } from '../../engine/types.js';
import { reviewsInterest } from '../../domain/duties.js';

interface Prioritized extends GadIdentity {
  confirm: string;
}

const form = new Form<Prioritized>([
  ...gadIdentityFields<Prioritized>(),
  confirmField<Prioritized>((values, ctx) => {
    const chosen = values.existing && values.existing !== 'new' ? gadById(ctx.db, Number(values.existing)) : undefined;
    return m('prioritize-summary', { level: nameIn(LEVEL_NAMES, values.level), name: chosen?.name ?? values.name ?? '', province: values.province ?? '', canton: values.canton ?? '-' });
  }),
]);

function finish(ctx: FlowContext, values: Prioritized): StepResult<FormState<Prioritized>> {
  if (values.confirm === 'no') return { replies: [{ text: m('cancelled') }] };
  const canton = values.level === 'provincial' ? null : (values.canton ?? null);
  const existing = alreadyRegistered(ctx, values) ?? (values.name ? findGad(ctx.db, values.level, values.province, canton, values.name) : undefined);
  if (existing) return { replies: [{ text: m('interest-duplicate', { gad: existing.name, status: nameIn(GAD_STATUS_NAMES, existing.status) }) }] };
  const gad = createGad(ctx.db, { name: values.name, level: values.level, province: values.province, canton, entry: 'prioritization', status: 'accepted', now: ctx.now });
  openActivity(ctx.db, gad.id, 1, ctx.now);
  ctx.audit('gad.prioritized', gad.id, { level: gad.level, gremio: gad.gremio });
  for (const person of peopleWithRole(ctx.db, 'gremio', { gremio: gad.gremio })) {
    ctx.notify(person, { text: m('gad-prioritized-notify', { gad: gad.name }) });
  }
  return { replies: [{ text: m('prioritize-done', { gad: gad.name, gremio: gad.gremio }) }, issueInvite(ctx, { role: 'autoridad', gadId: gad.id })] };
}

/** Route b: the POC's own prioritization. */
export const prioritizeFlow = formFlow<Prioritized>({
  id: 'prioritize',
  version: 2,
  commands: ['priorizar', 'prioritize'],
  description: m('cmd-prioritize'),
  available: (ctx) => reviewsInterest(ctx.memberships),
  form,
  finish,
});
