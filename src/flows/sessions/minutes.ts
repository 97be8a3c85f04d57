/**
 * /acta (/minutes): the Secretaría Técnica (or the POCL) files the acta of a Foro session
 * — any session of the last 30 days, or today's, even before it starts (an acta signed
 * at the opening) — and marks who attended: each member is a checkbox to tap, or their
 * numbers are typed as a list ("1,3,4"). The list is shown back for confirmation. The
 * acta counts as the activity's product (Acta de sesión del FM of activity 9, then 10,
 * domain/readiness.ts), as a new version each time. A session already filed can get a
 * new version of its acta, or its attendance corrected; every change is audited.
 */
import type { StoredFile } from '../../shared/messages.js';
import { actaProductFor } from '../../domain/readiness.js';
import { organizesSessions } from '../../domain/duties.js';
import { m, raw, type Localized } from '../../shared/i18n.js';
import { addDocument } from '../../store/documents-repo.js';
import { foroMemberIds } from '../../store/foro.js';
import { gadById } from '../../store/gads.js';
import { personById } from '../../store/people.js';
import { doneActivities } from '../../store/progress.js';
import { attachToSession, attendanceOf, MINUTES_PRODUCT, recordMinutes, sessionById, sessionsForMinutes, setAttendance, type ForoSession } from '../../store/sessions.js';
import { yesNoChoices } from '../../engine/fields.js';
import { choiceField, Form, subForm, worthKeeping, type Field, type FormState } from '../../engine/form.js';
import { gadFields } from '../../engine/gad-field.js';
import { productName } from '../../engine/names.js';
import type { Choice, Flow, FlowContext, FlowInput, Reply, StepResult } from '../../engine/types.js';
import { organizedGads } from './access.js';
import { sessionArgs, sessionLabel } from './text.js';
import { endOfToday } from './when-fields.js';

/** How far back a session may still get (or correct) its minutes through /acta. */
const MINUTES_LOOKBACK_MS = 30 * 86_400_000;

/** The answers before attendance: which session, what to do, the acta's file. */
interface Pick {
  gadId: number;
  gadSearch?: string;
  sessionId: string;
  /** upload: a (new version of the) acta and attendance; attendance: correct attendance only. */
  action: 'upload' | 'attendance';
  file: StoredFile;
}

/** Attendance being marked: who is ticked so far (person ids). */
interface Marking {
  gadId: number;
  sessionId: number;
  file: StoredFile | null;
  selected: number[];
}

type State = { mode: 'form'; form: FormState<Pick> } | ({ mode: 'attendance' } & Marking) | ({ mode: 'confirm' } & Marking);

/** The sessions of some GADs /acta offers: not cancelled, from 30 days ago to today. */
function sessionsOf(ctx: FlowContext, gadIds: readonly number[]): ForoSession[] {
  return sessionsForMinutes(ctx.db, gadIds, new Date(ctx.now.getTime() - MINUTES_LOOKBACK_MS), endOfToday(ctx));
}

/** A session as a choice: when, and whether its acta is already filed. */
function sessionChoiceLabel(ctx: FlowContext, session: ForoSession): Localized {
  const label = sessionLabel(session, ctx.config.timeZone);
  if (!session.minutesRecordedAt) return label;
  const mark = { es: ctx.render(m('minutes-filed-mark')), en: ctx.render(m('minutes-filed-mark')) };
  return { es: `${label.es} · ${mark.es}`, en: `${label.en} · ${mark.en}` };
}

const chosenSession = (ctx: FlowContext, values: Partial<Pick>) => sessionById(ctx.db, Number(values.sessionId));

const fileField: Field<Pick> = {
  name: 'file',
  when: (values) => values.action === 'upload',
  ask: () => ({ text: m('minutes-ask-file') }),
  read: (input) => (input.kind === 'file' ? { ok: true, value: input.file } : { ok: false, hint: m('minutes-file-hint') }),
};

const pickForm = new Form<Pick>([
  ...gadFields<Pick>((ctx, gad) => organizesSessions(ctx.memberships, gad.id) && sessionsOf(ctx, [gad.id]).length > 0),
  choiceField<Pick>(
    'sessionId',
    m('minutes-ask-session'),
    (ctx, values) => sessionsOf(ctx, [values.gadId!]).map((session) => ({ value: String(session.id), label: sessionChoiceLabel(ctx, session) })),
    {
      auto: (ctx, values) => {
        const sessions = sessionsOf(ctx, [values.gadId!]);
        return sessions.length === 1 ? String(sessions[0]!.id) : undefined;
      },
    },
  ),
  choiceField<Pick>(
    'action',
    m('minutes-ask-action'),
    () => [
      { value: 'upload', label: m('minutes-action-upload') },
      { value: 'attendance', label: m('minutes-action-attendance') },
    ],
    { auto: (ctx, values) => (chosenSession(ctx, values)?.minutesRecordedAt ? undefined : 'upload') },
  ),
  fileField,
]);

/** Everyone whose attendance is marked: the Foro's members, and anyone already on the session's list. */
function peopleOf(ctx: FlowContext, session: ForoSession): number[] {
  const listed = attendanceOf(ctx.db, session.id).map((row) => row.personId);
  return [...new Set([...foroMemberIds(ctx.db, session.gadId), ...listed])];
}

/** Who starts ticked: who attended, for a filed session; who said they would come, otherwise. */
function initialSelection(ctx: FlowContext, session: ForoSession): number[] {
  const rows = attendanceOf(ctx.db, session.id);
  return session.minutesRecordedAt ? rows.filter((row) => row.attended).map((row) => row.personId) : rows.filter((row) => row.response === 'yes').map((row) => row.personId);
}

const nameOf = (ctx: FlowContext, personId: number) => personById(ctx.db, personId)?.displayName ?? '?';

/** The checklist: one choice per person (☑ / ☐), then "Listo"; typed numbers are read too. */
function askAttendance(ctx: FlowContext, marking: Marking, hint?: boolean): StepResult<State> {
  const session = sessionById(ctx.db, marking.sessionId)!;
  const people = peopleOf(ctx, session);
  const selected = new Set(marking.selected);
  const choices: Choice[] = people.map((personId) => ({ value: `t:${personId}`, label: raw(`${selected.has(personId) ? '☑' : '☐'} ${nameOf(ctx, personId)}`) }));
  choices.push({ value: 'done', label: m('minutes-attendance-done', { count: people.filter((id) => selected.has(id)).length, total: people.length }) });
  const text = hint ? m('minutes-attendance-hint') : m('minutes-attendance-ask', { when: sessionArgs(session, '', ctx.config.timeZone).when! });
  return { replies: [{ text, choices, acceptsText: true }], next: { ...marking, mode: 'attendance' } };
}

/** The list shown back before anything is recorded. */
function askConfirmation(ctx: FlowContext, marking: Marking): StepResult<State> {
  const session = sessionById(ctx.db, marking.sessionId)!;
  const people = peopleOf(ctx, session);
  const selected = new Set(marking.selected);
  const names = (ids: number[]) => ids.map((id) => nameOf(ctx, id)).join(', ') || '-';
  const attended = people.filter((id) => selected.has(id));
  const absent = people.filter((id) => !selected.has(id));
  const args = { when: sessionArgs(session, '', ctx.config.timeZone).when!, attended: names(attended), absent: names(absent), count: attended.length, total: people.length, acta: marking.file?.name ?? '-' };
  const choices = [yesNoChoices('record')[0]!, { value: 'fix', label: m('minutes-fix') }];
  return { replies: [{ text: m('minutes-confirm-ask', args), choices }], next: { ...marking, mode: 'confirm' } };
}

/** Reads a tap (toggle, done) or a typed list of numbers. */
function markAttendance(ctx: FlowContext, marking: Marking, input: FlowInput): StepResult<State> {
  const session = sessionById(ctx.db, marking.sessionId);
  if (!session) return { replies: [{ text: m('minutes-gone') }] };
  const people = peopleOf(ctx, session);
  if (input.kind === 'choice' && input.value === 'done') return askConfirmation(ctx, marking);
  if (input.kind === 'choice' && input.value.startsWith('t:')) {
    const personId = Number(input.value.slice(2));
    const selected = marking.selected.includes(personId) ? marking.selected.filter((id) => id !== personId) : [...marking.selected, personId];
    return askAttendance(ctx, { ...marking, selected });
  }
  const numbers = input.kind === 'text' ? input.text.split(/[\s,;y]+/).filter(Boolean).map(Number) : [];
  const valid = numbers.length > 0 && numbers.every((n) => Number.isInteger(n) && n >= 1 && n <= people.length);
  if (!valid) return askAttendance(ctx, marking, true);
  return askAttendance(ctx, { ...marking, selected: [...new Set(numbers)].map((n) => people[n - 1]!) });
}

/** Files the acta (a new version of the activity's product) and the attendance; tells the members. */
function record(ctx: FlowContext, marking: Marking): Reply[] {
  const session = sessionById(ctx.db, marking.sessionId);
  const gad = gadById(ctx.db, marking.gadId);
  if (!session || !gad || session.gadId !== gad.id || !organizesSessions(ctx.memberships, gad.id)) return [{ text: m('minutes-gone') }];
  const people = peopleOf(ctx, session);
  const attended = new Set(marking.selected.filter((id) => people.includes(id)));
  const filed = marking.file ? actaProductFor(doneActivities(ctx.db, gad.id)) : undefined;
  const row = marking.file
    ? addDocument(ctx.db, marking.file, { gadId: gad.id, activity: filed?.activity.number ?? null, product: filed?.product.id ?? MINUTES_PRODUCT, uploadedByPersonId: ctx.person?.id ?? null, now: ctx.now })
    : undefined;
  if (row) attachToSession(ctx.db, row.id, session.id);
  const first = !session.minutesRecordedAt;
  const args = sessionArgs(session, gad.name, ctx.config.timeZone);
  if (first) {
    recordMinutes(ctx.db, session.id, people, attended, ctx.now);
    ctx.audit('session.minutes', gad.id, { sessionId: session.id, documentId: row?.id ?? null, product: row?.product ?? null, attended: [...attended] });
  } else {
    const before = setAttendance(ctx.db, session.id, people, attended);
    ctx.audit('session.attendance_corrected', gad.id, { sessionId: session.id, before, after: [...attended], documentId: row?.id ?? null });
  }
  if (row) {
    const file = { sha256: row.sha256, name: row.fileName, mime: row.mime };
    for (const personId of foroMemberIds(ctx.db, gad.id)) {
      if (personId !== ctx.person?.id) ctx.notify(personId, { text: m('minutes-shared', args), file }, { dedupeKey: `session:${session.id}:minutes:${row.id}:${personId}` });
    }
  }
  const product = filed ? productName(filed.product) : { es: '-', en: '-' };
  const summary = { when: args.when!, attended: attended.size, members: people.length, product, activity: filed?.activity.number ?? 0, version: row?.version ?? 0 };
  return [{ text: m(first ? 'minutes-filed' : 'minutes-updated', summary) }];
}

/** What the form's answers start: the checklist, for a new acta or a correction. */
function startMarking(ctx: FlowContext, values: Pick): StepResult<State> {
  const session = chosenSession(ctx, values);
  if (!session) return { replies: [{ text: m('minutes-gone') }] };
  return askAttendance(ctx, { gadId: values.gadId, sessionId: session.id, file: values.action === 'upload' ? values.file : null, selected: initialSelection(ctx, session) });
}

/** Files a session's acta and its attendance, or corrects them. */
export const minutesFlow: Flow<State> = {
  id: 'minutes',
  version: 2,
  commands: ['acta', 'minutes'],
  hasAnswers: (state) => state.mode !== 'form' || worthKeeping(state.form.values),
  description: m('cmd-minutes'),
  available: (ctx) => organizedGads(ctx).length > 0,
  start(ctx) {
    if (sessionsOf(ctx, organizedGads(ctx).map((gad) => gad.id)).length === 0) return { replies: [{ text: m('minutes-none') }] };
    return subForm(pickForm.begin(ctx), (form): State => ({ mode: 'form', form }), (values) => startMarking(ctx, values));
  },
  step(ctx, state, input) {
    switch (state.mode) {
      case 'form':
        return subForm(pickForm.advance(ctx, state.form, input), (form): State => ({ mode: 'form', form }), (values) => startMarking(ctx, values));
      case 'attendance':
        return markAttendance(ctx, state, input);
      case 'confirm':
        if (input.kind === 'choice' && input.value === 'yes') return { replies: record(ctx, state) };
        return askAttendance(ctx, state);
    }
  },
};
