/**
 * /capacitacion (/training): someone invited to a coming training answers Asistiré / No
 * asistiré. The invitation opens this conversation at the answer, so a tap is enough; the
 * command lists the coming trainings the person is invited to.
 */
import { m } from '../../shared/i18n.js';
import { gadById } from '../../store/gads.js';
import { inviteesOf, recordTrainingResponse, trainingById, trainingsInvitedTo, type Training } from '../../store/trainings.js';
import { choiceField, Form, formFlow, type FormState } from '../../engine/form.js';
import { offerToPerson, type OfferDeps } from '../../engine/offer.js';
import { flowVersion, type Choice, type FlowContext, type Reply, type StepResult } from '../../engine/types.js';
import { formatWhen } from '../../shared/zoned-time.js';

/** The answers of /capacitacion. */
interface RsvpAnswers {
  trainingId: string;
  response: 'yes' | 'no';
}

/** The flow id, for conversations the scheduler opens. */
const RSVP_FLOW_ID = 'training-rsvp';

const CHOICES: Choice[] = [
  { value: 'yes', label: m('attendance-yes'), means: 'yes' },
  { value: 'no', label: m('attendance-no'), means: 'no' },
];

/** Coming trainings the sender was invited to. */
function invitedTo(ctx: FlowContext): Training[] {
  const personId = ctx.person?.id;
  if (personId === undefined) return [];
  return trainingsInvitedTo(ctx.db, personId, ctx.now);
}

/** Sends an invitation carrying Asistiré / No asistiré, answerable until the training starts. */
export function offerTraining(deps: OfferDeps, personId: number, reply: Reply, training: Training, options: { now: Date; dedupeKey: string }): boolean {
  const conversation = { flow: RSVP_FLOW_ID, flowVersion: flowVersion(trainingRsvpFlow), state: { values: { trainingId: String(training.id) }, field: 'response' } };
  return offerToPerson(deps, personId, { ...reply, choices: CHOICES }, conversation, { ...options, topic: `training:${training.id}`, expiresAt: training.startsAt });
}

const form = new Form<RsvpAnswers>([
  choiceField<RsvpAnswers>(
    'trainingId',
    m('trainings-rsvp-ask-training'),
    (ctx) => invitedTo(ctx).map((training) => {
      const when = formatWhen(training.startsAt, ctx.config.timeZone);
      return { value: String(training.id), label: { es: `${when.es} · ${training.topic}`, en: `${when.en} · ${training.topic}` } };
    }),
    {
      auto: (ctx) => {
        const trainings = invitedTo(ctx);
        return trainings.length === 1 ? String(trainings[0]!.id) : undefined;
      },
    },
  ),
  choiceField<RsvpAnswers>('response', m('attendance-ask'), () => CHOICES),
]);

function answer(ctx: FlowContext, values: RsvpAnswers): StepResult<FormState<RsvpAnswers>> {
  const training = trainingById(ctx.db, Number(values.trainingId));
  const personId = ctx.person?.id;
  const invited = training && personId !== undefined && inviteesOf(ctx.db, training.id).some((row) => row.personId === personId);
  if (!training || personId === undefined || !invited || training.status !== 'scheduled' || training.startsAt <= ctx.now) return { replies: [{ text: m('trainings-rsvp-closed') }] };
  recordTrainingResponse(ctx.db, training.id, personId, values.response, ctx.now);
  ctx.audit('training.response', training.gadId, { trainingId: training.id, response: values.response });
  const args = { gad: gadById(ctx.db, training.gadId)?.name ?? '', topic: training.topic, when: formatWhen(training.startsAt, ctx.config.timeZone), response: values.response };
  return { replies: [{ text: m('trainings-rsvp-recorded', args) }] };
}

/** Answers a training invitation. */
export const trainingRsvpFlow = formFlow<RsvpAnswers>({
  id: RSVP_FLOW_ID,
  commands: ['capacitacion', 'training'],
  description: m('cmd-training'),
  available: (ctx) => invitedTo(ctx).length > 0,
  form,
  finish: answer,
});
