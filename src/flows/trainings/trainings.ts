/**
 * /capacitaciones (/trainings): the POC or the GAD's gremio schedules a sensibilización
 * or capacitación (activity 4 for the delegate team, 12 for the Foro and the Delegados)
 * like a session — topic, date, time, duration, place or link, materials — and the
 * scheduler invites its audience, who answer Asistiré / No asistiré. Afterwards the same
 * command records who attended; the attendance list (CSV) and the materials are stored as
 * the activity's products, which is what lets it be confirmed.
 */
import { z } from 'zod';
import { activityByNumber } from '../../domain/activities.js';
import { mayConfirm } from '../../domain/permissions.js';
import { m, type MessageRef } from '../../shared/i18n.js';
import type { StoredFile } from '../../shared/messages.js';
import { formatWhen } from '../../shared/zoned-time.js';
import { gadById, type Gad } from '../../store/gads.js';
import { personById } from '../../store/people.js';
import {
  createTraining,
  inviteesOf,
  recordTrainingAttendance,
  trainingById,
  trainingDocuments,
  trainingsBetween,
  TRAINING_MATERIALS_PRODUCT,
  type Training,
} from '../../store/trainings.js';
import { confirmField, shortText } from '../../engine/fields.js';
import { choiceField, Form, formFlow, textField, type Field, type FormState } from '../../engine/form.js';
import { gadFields, requireGad } from '../../engine/gad-field.js';
import { activityTitle } from '../../engine/names.js';
import { nationalDuties } from '../../domain/duties.js';
import type { FlowContext, Reply, StepResult } from '../../engine/types.js';
import { dateFieldOf, durationFieldOf, endOfToday, instantOf, timeFieldOf } from '../sessions/when-fields.js';
import { splitWhere, whereText } from '../sessions/text.js';
import { DEFAULT_DURATION } from '../sessions/actions.js';
import { trainableActivities, trainingAudience } from './audience.js';
import { storeAttendanceList, storeMaterials } from './evidence.js';

/** The answers of /capacitaciones. */
interface TrainingAnswers {
  gadSearch?: string;
  gadId: number;
  action: 'new' | 'attendance';
  activity?: string;
  topic?: string;
  date?: string;
  time?: string;
  duration?: number;
  where?: string;
  /** A file, or "later". */
  materials?: StoredFile | 'later';
  trainingId?: string;
  /** Materials given when recording attendance, for a training that has none. */
  materialsNow?: StoredFile;
  /** The numbers of the people present, as typed ("1,3"). */
  present?: string;
  confirm: string;
}

/** How far back a training's attendance may be recorded. */
const LOOKBACK_MS = 30 * 86_400_000;

const isNew = (values: Partial<TrainingAnswers>) => values.action === 'new';
const isAttendance = (values: Partial<TrainingAnswers>) => values.action === 'attendance';

/** Trainings of a GAD whose attendance may be recorded by the sender: from 30 days ago to today, not yet recorded. */
function toRecord(ctx: FlowContext, gad: Gad): Training[] {
  return trainingsBetween(ctx.db, [gad.id], new Date(ctx.now.getTime() - LOOKBACK_MS), endOfToday(ctx)).filter(
    (training) => training.status === 'scheduled' && mayConfirm(ctx.memberships, activityByNumber(training.activity)!, gad),
  );
}

const gadOf = (ctx: FlowContext, values: Partial<TrainingAnswers>) => gadById(ctx.db, values.gadId!)!;
const chosen = (ctx: FlowContext, values: Partial<TrainingAnswers>) => trainingById(ctx.db, Number(values.trainingId));
const allowed = (ctx: FlowContext, gad: Gad) => trainableActivities(ctx, gad).length > 0 || toRecord(ctx, gad).length > 0;

/** Everyone on a training's attendance list: its audience now, and anyone already listed. */
function listedPeople(ctx: FlowContext, training: Training): number[] {
  return [...new Set([...trainingAudience(ctx.db, training.gadId, training.activity), ...inviteesOf(ctx.db, training.id).map((row) => row.personId)])];
}

const nameOf = (ctx: FlowContext, personId: number) => personById(ctx.db, personId)?.displayName ?? '?';

const actionField = choiceField<TrainingAnswers>(
  'action',
  m('trainings-ask-action'),
  () => (['new', 'attendance'] as const).map((action) => ({ value: action, label: m('trainings-action', { action }) })),
  {
    auto: (ctx, values) => {
      const gad = gadOf(ctx, values);
      if (toRecord(ctx, gad).length === 0) return 'new';
      return trainableActivities(ctx, gad).length === 0 ? 'attendance' : undefined;
    },
  },
);

const activityField = choiceField<TrainingAnswers>(
  'activity',
  m('trainings-ask-activity'),
  (ctx, values) => trainableActivities(ctx, gadOf(ctx, values)).map((activity) => ({ value: String(activity.number), label: activityTitle(activity) })),
  {
    when: isNew,
    auto: (ctx, values) => {
      const open = trainableActivities(ctx, gadOf(ctx, values));
      return open.length === 1 ? String(open[0]!.number) : undefined;
    },
  },
);

const materialsField: Field<TrainingAnswers> = {
  name: 'materials',
  when: isNew,
  ask: () => ({ text: m('trainings-ask-materials'), choices: [{ value: 'later', label: m('trainings-materials-later') }] }),
  read(input) {
    if (input.kind === 'file') return { ok: true, value: input.file };
    if (input.kind === 'choice' && input.value === 'later') return { ok: true, value: 'later' };
    return { ok: false, hint: m('trainings-materials-hint') };
  },
};

const trainingField = choiceField<TrainingAnswers>(
  'trainingId',
  m('trainings-ask-training'),
  (ctx, values) =>
    toRecord(ctx, gadOf(ctx, values)).map((training) => {
      const when = formatWhen(training.startsAt, ctx.config.timeZone);
      return { value: String(training.id), label: { es: `${when.es} · ${training.topic}`, en: `${when.en} · ${training.topic}` } };
    }),
  {
    when: isAttendance,
    auto: (ctx, values) => {
      const trainings = toRecord(ctx, gadOf(ctx, values));
      return trainings.length === 1 ? String(trainings[0]!.id) : undefined;
    },
  },
);

const materialsNowField: Field<TrainingAnswers> = {
  name: 'materialsNow',
  when: isAttendance,
  auto: (ctx, values) => (trainingDocuments(ctx.db, Number(values.trainingId)).some((row) => row.product === TRAINING_MATERIALS_PRODUCT) ? null : undefined),
  ask: () => ({ text: m('trainings-ask-materials-now') }),
  read: (input) => (input.kind === 'file' ? { ok: true, value: input.file } : { ok: false, hint: m('trainings-materials-now-hint') }),
};

/** Reads "1,3,4": numbers of the list, at least one. */
function readPresent(text: string, count: number): string | undefined {
  const numbers = text.split(/[\s,;y]+/).filter(Boolean).map(Number);
  const valid = numbers.length > 0 && numbers.every((n) => Number.isInteger(n) && n >= 1 && n <= count);
  return valid ? [...new Set(numbers)].sort((a, b) => a - b).join(',') : undefined;
}

const presentField: Field<TrainingAnswers> = {
  name: 'present',
  when: isAttendance,
  ask(ctx, values) {
    const training = chosen(ctx, values)!;
    const people = listedPeople(ctx, training);
    const answers = new Map(inviteesOf(ctx.db, training.id).map((row) => [row.personId, row.response]));
    const lines = people.map((id, index) => `${index + 1}. ${nameOf(ctx, id)}${answers.get(id) === 'yes' ? ' ✓' : ''}`);
    return { text: m('trainings-ask-present', { people: lines.join('\n') }), numbersAreText: true };
  },
  read(input, ctx, values) {
    const count = listedPeople(ctx, chosen(ctx, values)!).length;
    const present = input.kind === 'text' ? readPresent(input.text, count) : undefined;
    return present ? { ok: true, value: present } : { ok: false, hint: m('trainings-present-hint', { count }) };
  },
};

/** The people present, from the typed numbers. */
function presentPeople(ctx: FlowContext, training: Training, present: string): number[] {
  const people = listedPeople(ctx, training);
  return present.split(',').map((n) => people[Number(n) - 1]).filter((id): id is number => id !== undefined);
}

function summary(ctx: FlowContext, values: Partial<TrainingAnswers>): MessageRef {
  const gad = gadOf(ctx, values);
  if (values.action === 'attendance') {
    const training = chosen(ctx, values)!;
    const present = presentPeople(ctx, training, values.present!);
    const when = formatWhen(training.startsAt, ctx.config.timeZone);
    return m('trainings-confirm-attendance', { gad: gad.name, when, topic: training.topic, count: present.length, total: listedPeople(ctx, training).length, present: present.map((id) => nameOf(ctx, id)).join(', ') });
  }
  const activity = Number(values.activity);
  const startsAt = instantOf(ctx, values.date!, values.time!);
  const materials = values.materials && values.materials !== 'later' ? values.materials.name : '-';
  const invited = trainingAudience(ctx.db, gad.id, activity).length;
  const where = whereText({ ...splitWhere(values.where ?? ''), agenda: null });
  return m('trainings-confirm-new', { gad: gad.name, activity, topic: values.topic!, when: formatWhen(startsAt, ctx.config.timeZone), minutes: values.duration ?? DEFAULT_DURATION, where, materials, invited });
}

const form = new Form<TrainingAnswers>([
  ...gadFields<TrainingAnswers>(allowed),
  actionField,
  activityField,
  textField<TrainingAnswers>('topic', m('trainings-ask-topic'), shortText(300), m('trainings-topic-hint'), { when: isNew, editable: true }),
  dateFieldOf<TrainingAnswers>(isNew),
  timeFieldOf<TrainingAnswers>(isNew),
  durationFieldOf<TrainingAnswers>(isNew),
  textField<TrainingAnswers>('where', m('trainings-ask-where'), z.string().min(2).max(300), m('sessions-where-hint'), { when: isNew, editable: true }),
  materialsField,
  trainingField,
  materialsNowField,
  presentField,
  confirmField<TrainingAnswers>((values, ctx) => summary(ctx, values)),
]);

/** Schedules a training; the scheduler sends the invitations. */
function schedule(ctx: FlowContext, gad: Gad, values: TrainingAnswers): Reply {
  const activity = Number(values.activity);
  if (!trainableActivities(ctx, gad).some((open) => open.number === activity)) return { text: m('trainings-gone') };
  const training = createTraining(
    ctx.db,
    {
      gadId: gad.id,
      activity,
      topic: values.topic!,
      startsAt: instantOf(ctx, values.date!, values.time!),
      durationMinutes: values.duration ?? DEFAULT_DURATION,
      ...splitWhere(values.where ?? ''),
      createdByPersonId: ctx.person?.id ?? null,
    },
    ctx.now,
  );
  if (values.materials && values.materials !== 'later') storeMaterials(ctx.db, training, values.materials, { personId: ctx.person?.id ?? null, now: ctx.now });
  ctx.audit('training.scheduled', gad.id, { trainingId: training.id, activity });
  return { text: m('trainings-scheduled', { gad: gad.name, activity, when: formatWhen(training.startsAt, ctx.config.timeZone), invited: trainingAudience(ctx.db, gad.id, activity).length }) };
}

/** Records who attended, stores the materials and the attendance list as the activity's evidence. */
function recordAttendance(ctx: FlowContext, gad: Gad, values: TrainingAnswers): Reply {
  const training = chosen(ctx, values);
  if (!training || training.gadId !== gad.id || !toRecord(ctx, gad).some((row) => row.id === training.id)) return { text: m('trainings-gone') };
  const people = listedPeople(ctx, training);
  const present = new Set(presentPeople(ctx, training, values.present!));
  const by = { personId: ctx.person?.id ?? null, now: ctx.now };
  if (values.materialsNow) storeMaterials(ctx.db, training, values.materialsNow, by);
  recordTrainingAttendance(ctx.db, training.id, people, present, ctx.now);
  const list = storeAttendanceList({ db: ctx.db, documents: ctx.documents, timeZone: ctx.config.timeZone }, trainingById(ctx.db, training.id)!, gad.name, people, ctx.now);
  ctx.audit('training.attendance', gad.id, { trainingId: training.id, activity: training.activity, attended: [...present], documentId: list.id });
  const activity = activityByNumber(training.activity)!;
  return {
    text: m('trainings-attendance-recorded', { gad: gad.name, count: present.size, total: people.length, activity: activityTitle(activity) }),
    file: { sha256: list.sha256, name: list.fileName, mime: list.mime },
  };
}

/** Schedules trainings and records their attendance. */
export const trainingsFlow = formFlow<TrainingAnswers>({
  id: 'trainings',
  commands: ['capacitaciones', 'trainings'],
  description: m('cmd-trainings'),
  available: (ctx) => nationalDuties(ctx.memberships).roles.size > 0,
  form,
  before: requireGad<TrainingAnswers>(allowed),
  finish(ctx, values): StepResult<FormState<TrainingAnswers>> {
    if (values.confirm === 'no') return { replies: [{ text: m('cancelled') }] };
    const gad = gadById(ctx.db, values.gadId);
    if (!gad) return { replies: [{ text: m('gad-none') }] };
    return { replies: [values.action === 'attendance' ? recordAttendance(ctx, gad, values) : schedule(ctx, gad, values)] };
  },
});
