/**
 * /foro: the Foro Multiactor of a GAD (activities 7-10, Anexo 1). Everyone with a role in
 * the GAD sees its composition and what Anexo 1 still lacks; its Delegados and POCL also
 * record the actor map, invite each entity's principal and suplente, and record the
 * offices the Foro designated (Presidencia, Co-Presidencia, Secretaría Técnica).
 */
import { z } from 'zod';
import { foroGaps } from '../../domain/foro-composition.js';
import { nameIn, OFFICE_NAMES, SEAT_NAMES, SECTOR_NAMES } from '../../domain/labels.js';
import { mayRead } from '../../domain/permissions.js';
import { FORO_OFFICES, FORO_SEATS, FORO_SECTORS, type ForoOffice, type ForoSector } from '../../domain/roles.js';
import { m, raw } from '../../shared/i18n.js';
import { gadById, type Gad } from '../../store/gads.js';
import { addForoEntity, assignOffice, foroEntitiesOf, foroMembers, seatHolder } from '../../store/foro.js';
import { pendingSeatInvite } from '../../store/invites.js';
import { membershipsOf } from '../../store/people.js';
import { officeConflict } from '../../domain/separation.js';
import { dutyRefusal } from '../people/duty-text.js';
import { contactSchema, shortText, yesNoChoices } from '../../engine/fields.js';
import { choiceField, Form, subForm, textField, worthKeeping, type FormState } from '../../engine/form.js';
import { gadFields, requireGad } from '../../engine/gad-field.js';
import { inviteeNameField, issueInvite } from '../people/invite.js';
import { bullets, foroGapMessage } from '../progress/actions.js';
import type { Flow, FlowContext, Reply, StepResult } from '../../engine/types.js';
import { registersForo } from '../../domain/duties.js';

interface Pick {
  gadSearch?: string;
  gadId: number;
}
interface NewEntity {
  name: string;
  sector: ForoSector;
  contact: string;
  interest: string;
}
interface Seat {
  entityId: string;
  seat: string;
  /** "free" (no holder), "pending" (an invite is out), or the answer to "replace the holder?". */
  replace: string;
  name: string;
}
interface Office {
  office: ForoOffice;
  membershipId: string;
  /** "free" (no other holder), or the answer to "replace the holder?". */
  replace: string;
}

type State =
  | { mode: 'pick'; form: FormState<Pick> }
  | { mode: 'menu'; gadId: number }
  | { mode: 'entity'; gadId: number; form: FormState<NewEntity> }
  | { mode: 'seat'; gadId: number; form: FormState<Seat> }
  | { mode: 'office'; gadId: number; form: FormState<Office> };

const readable = (ctx: FlowContext, gad: Gad): boolean => mayRead(ctx.memberships, gad);

const pickForm = new Form<Pick>(gadFields<Pick>(readable));

const entityForm = new Form<NewEntity>([
  textField<NewEntity>('name', m('foro-entity-name-ask'), shortText(120), m('gad-name-hint')),
  choiceField<NewEntity>('sector', m('foro-entity-sector-ask'), () => FORO_SECTORS.map((sector) => ({ value: sector, label: SECTOR_NAMES[sector] }))),
  textField<NewEntity>('contact', m('interest-contact-ask'), contactSchema, m('interest-contact-hint')),
  textField<NewEntity>('interest', m('foro-entity-interest-ask'), z.string().min(2).max(500), m('interest-motivation-hint')),
]);

/** The holder of the chosen seat, if any. */
function holderOf(ctx: FlowContext, gadId: number, values: Partial<Seat>) {
  return seatHolder(ctx.db, gadId, Number(values.entityId), values.seat ?? '');
}

function seatForm(gadId: number): Form<Seat> {
  return new Form<Seat>([
    choiceField<Seat>('entityId', m('foro-seat-entity-ask'), (ctx) =>
      foroEntitiesOf(ctx.db, gadId).map((entity) => ({ value: String(entity.id), label: raw(entity.name) })),
    ),
    choiceField<Seat>('seat', m('foro-seat-ask'), () => FORO_SEATS.map((seat) => ({ value: seat, label: SEAT_NAMES[seat] }))),
    {
      // A seat has one holder: a held seat is only ever taken by an explicit "replace X".
      ...choiceField<Seat>('replace', m('choice-invalid'), () => yesNoChoices('replace')),
      auto(ctx, values) {
        if (pendingSeatInvite(ctx.db, gadId, Number(values.entityId), values.seat ?? '', ctx.now)) return 'pending';
        return holderOf(ctx, gadId, values) ? undefined : 'free';
      },
      ask: (ctx, values) => ({
        text: m('foro-seat-replace-ask', { holder: holderOf(ctx, gadId, values)?.name ?? '-', seat: nameIn(SEAT_NAMES, values.seat), entity: holderOf(ctx, gadId, values)?.entity ?? '-' }),
        choices: yesNoChoices('replace'),
      }),
    },
    inviteeNameField<Seat>({ when: (values) => values.replace === 'free' || values.replace === 'yes' }),
  ]);
}

/** The member chosen for an office, if still a member. */
function memberOf(ctx: FlowContext, gadId: number, membershipId: string | undefined) {
  return foroMembers(ctx.db, gadId).find((mb) => String(mb.membershipId) === membershipId);
}

/** Whoever else holds the office, if anyone. */
function officeHolderOf(ctx: FlowContext, gadId: number, values: Partial<Office>) {
  return foroMembers(ctx.db, gadId).find((mb) => mb.office === values.office && String(mb.membershipId) !== values.membershipId);
}

function officeForm(gadId: number): Form<Office> {
  return new Form<Office>([
    choiceField<Office>('office', m('foro-office-ask'), () => FORO_OFFICES.map((office) => ({ value: office, label: OFFICE_NAMES[office] }))),
    choiceField<Office>('membershipId', m('foro-office-member-ask'), (ctx) =>
      foroMembers(ctx.db, gadId).map((member) => ({ value: String(member.membershipId), label: raw(`${member.name} (${member.entity ?? '-'})`) })),
    ),
    {
      ...choiceField<Office>('replace', m('choice-invalid'), () => yesNoChoices('replace')),
      auto: (ctx, values) => (officeHolderOf(ctx, gadId, values) ? undefined : 'free'),
      ask: (ctx, values) => ({
        text: m('foro-office-replace-ask', {
          office: nameIn(OFFICE_NAMES, values.office),
          holder: officeHolderOf(ctx, gadId, values)?.name ?? '-',
          member: memberOf(ctx, gadId, values.membershipId)?.name ?? '-',
        }),
        choices: yesNoChoices('replace'),
      }),
    },
  ]);
}

/** The composition of a GAD's Foro and what Anexo 1 still lacks. */
export function compositionReply(ctx: FlowContext, gad: Gad): Reply {
  const members = foroMembers(ctx.db, gad.id);
  const lines = foroEntitiesOf(ctx.db, gad.id).map((entity) => {
    const holder = (seat: string) => members.find((mb) => mb.entityId === entity.id && mb.seat === seat)?.name ?? '—';
    return ctx.render(m('foro-entity-line', { entity: entity.name, sector: nameIn(SECTOR_NAMES, entity.sector), principal: holder('principal'), suplente: holder('suplente') }));
  });
  const offices = FORO_OFFICES.map((office) => ctx.render(m('foro-office-line', { office: OFFICE_NAMES[office], holder: members.find((mb) => mb.office === office)?.name ?? '—' })));
  const gaps = foroGaps(members);
  return {
    text: m('foro-composition', {
      gad: gad.name,
      entities: lines.join('\n') || ctx.render(m('foro-no-entities')),
      offices: offices.join('\n'),
      gaps: gaps.length ? bullets(ctx, gaps.map(foroGapMessage)) : ctx.render(m('foro-complete')),
    }),
  };
}

function showMenu(ctx: FlowContext, gadId: number): StepResult<State> {
  const gad = gadById(ctx.db, gadId)!;
  const composition = compositionReply(ctx, gad);
  if (!registersForo(ctx.memberships, gadId)) return { replies: [composition] };
  const choices = [
    { value: 'entity', label: m('foro-action-entity') },
    ...(foroEntitiesOf(ctx.db, gadId).length ? [{ value: 'seat', label: m('foro-action-seat') }] : []),
    ...(foroMembers(ctx.db, gadId).length ? [{ value: 'office', label: m('foro-action-office') }] : []),
    { value: 'done', label: m('choice-done') },
  ];
  return { replies: [composition, { text: m('foro-menu'), choices }], next: { mode: 'menu', gadId } };
}

function fromMenu(ctx: FlowContext, gadId: number, choice: string): StepResult<State> {
  switch (choice) {
    case 'entity':
      return subForm(entityForm.begin(ctx), (form) => ({ mode: 'entity', gadId, form }), (v) => saveEntity(ctx, gadId, v));
    case 'seat':
      return subForm(seatForm(gadId).begin(ctx), (form) => ({ mode: 'seat', gadId, form }), (v) => inviteSeat(ctx, gadId, v));
    case 'office':
      return subForm(officeForm(gadId).begin(ctx), (form) => ({ mode: 'office', gadId, form }), (v) => saveOffice(ctx, gadId, v));
    default:
      return { replies: [{ text: m('foro-bye') }] };
  }
}

function saveEntity(ctx: FlowContext, gadId: number, values: NewEntity): StepResult<State> {
  const entity = addForoEntity(ctx.db, { gadId, ...values, createdByPersonId: ctx.person?.id ?? null, now: ctx.now });
  ctx.audit('foro.entity_added', gadId, { entityId: entity.id, sector: entity.sector });
  const shown = showMenu(ctx, gadId);
  return { ...shown, replies: [{ text: m('foro-entity-added', { entity: entity.name }) }, ...shown.replies] };
}

function inviteSeat(ctx: FlowContext, gadId: number, values: Seat): StepResult<State> {
  const entity = foroEntitiesOf(ctx.db, gadId).find((e) => String(e.id) === values.entityId);
  if (!entity) return { replies: [{ text: m('choice-stale') }] };
  if (values.replace === 'pending') return { replies: [{ text: m('foro-seat-pending', { seat: nameIn(SEAT_NAMES, values.seat), entity: entity.name }) }] };
  if (values.replace === 'no') return { replies: [{ text: m('foro-unchanged') }] };
  const holder = holderOf(ctx, gadId, values);
  const invite = issueInvite(ctx, {
    role: 'foro',
    gadId,
    attributes: { sector: entity.sector, entity: entity.name, seat: values.seat, foroEntityId: String(entity.id) },
    intendedFor: values.name,
    replacesMembershipId: values.replace === 'yes' && holder ? holder.membershipId : null,
  });
  return { replies: [invite] };
}

function saveOffice(ctx: FlowContext, gadId: number, values: Office): StepResult<State> {
  const member = memberOf(ctx, gadId, values.membershipId);
  if (!member) return { replies: [{ text: m('choice-stale') }] };
  if (values.replace === 'no') return { replies: [{ text: m('foro-unchanged') }] };
  if (member.office === values.office) return showMenu(ctx, gadId);
  const rule = officeConflict(membershipsOf(ctx.db, member.personId), gadId);
  if (rule) {
    ctx.audit('foro.office_refused', gadId, { office: values.office, personId: member.personId, rule });
    return { replies: [dutyRefusal(ctx, rule)] };
  }
  const previous = officeHolderOf(ctx, gadId, values);
  assignOffice(ctx.db, gadId, member.membershipId, values.office);
  ctx.audit('foro.office', gadId, { office: values.office, personId: member.personId, replaced: previous?.personId ?? null });
  const args = { office: OFFICE_NAMES[values.office], gad: gadById(ctx.db, gadId)!.name };
  ctx.notify(member.personId, { text: m('foro-office-notify', args) });
  if (previous) ctx.notify(previous.personId, { text: m('foro-office-replaced-notify', { office: args.office, gad: args.gad, who: member.name }) });
  return showMenu(ctx, gadId);
}

/** The Foro Multiactor of a GAD. */
export const foroFlow: Flow<State> = {
  id: 'foro',
  version: 2,
  commands: ['foro', 'forum'],
  hasAnswers: (state) => (state.mode === 'entity' || state.mode === 'seat' || state.mode === 'office') && worthKeeping(state.form.values),
  description: m('cmd-foro'),
  available: (ctx) => ctx.memberships.length > 0,
  start(ctx) {
    const none = requireGad<Pick>(readable)(ctx);
    if ('replies' in none) return { replies: none.replies };
    return subForm(pickForm.begin(ctx), (form) => ({ mode: 'pick', form }), (v) => showMenu(ctx, v.gadId));
  },
  step(ctx, state, input) {
    switch (state.mode) {
      case 'pick':
        return subForm(pickForm.advance(ctx, state.form, input), (form) => ({ mode: 'pick', form }), (v) => showMenu(ctx, v.gadId));
      case 'menu':
        return input.kind === 'choice' && registersForo(ctx.memberships, state.gadId) ? fromMenu(ctx, state.gadId, input.value) : showMenu(ctx, state.gadId);
      case 'entity':
        return subForm(entityForm.advance(ctx, state.form, input), (form) => ({ ...state, form }), (v) => saveEntity(ctx, state.gadId, v));
      case 'seat':
        return subForm(seatForm(state.gadId).advance(ctx, state.form, input), (form) => ({ ...state, form }), (v) => inviteSeat(ctx, state.gadId, v));
      case 'office':
        return subForm(officeForm(state.gadId).advance(ctx, state.form, input), (form) => ({ ...state, form }), (v) => saveOffice(ctx, state.gadId, v));
    }
  },
};
