/**
 * Training invitations, computed from the store: everyone a coming training is for
 * (trainings/audience.ts) and not yet invited gets the invitation, with its materials when
 * they are already there, and answers it with a tap.
 */
import { m } from '../../shared/i18n.js';
import { gadById } from '../../store/gads.js';
import { comingTrainings, markTrainingInvited, trainingDocuments, TRAINING_MATERIALS_PRODUCT, uninvited } from '../../store/trainings.js';
import type { JobDeps, SweepScope } from '../../engine/jobs.js';
import { formatWhen } from '../../shared/zoned-time.js';
import { whereText } from '../sessions/text.js';
import { trainingAudience } from './audience.js';
import { offerTraining } from './rsvp.js';

/** Invites the audience of every coming training (of the GADs changed, when only those are read) who was not invited yet; returns how many were sent. */
export function sendTrainingInvitations(deps: JobDeps, now: Date, scope: SweepScope): number {
  let sent = 0;
  for (const training of comingTrainings(deps.db, now, scope.changes?.gads)) {
    const people = uninvited(deps.db, training.id, trainingAudience(deps.db, training.gadId, training.activity));
    if (people.length === 0) continue;
    const gad = gadById(deps.db, training.gadId)!;
    const materials = trainingDocuments(deps.db, training.id).find((row) => row.product === TRAINING_MATERIALS_PRODUCT);
    const args = { gad: gad.name, activity: training.activity, topic: training.topic, when: formatWhen(training.startsAt, deps.config.timeZone), where: whereText({ ...training, agenda: null }), minutes: training.durationMinutes };
    const reply = { text: m('trainings-invite', args), ...(materials ? { file: { sha256: materials.sha256, name: materials.fileName, mime: materials.mime } } : {}) };
    for (const personId of people) {
      if (offerTraining(deps, personId, reply, training, { now, dedupeKey: `training:${training.id}:${personId}` })) sent++;
    }
    markTrainingInvited(deps.db, training.id, people, now);
  }
  return sent;
}
