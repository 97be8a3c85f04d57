/** Every flow the bot offers, in the order /ayuda lists them. */
import { confirmFlow } from './confirm.js';
import { designateFlow } from './designate.js';
import { documentsFlow } from './documents.js';
import { foroFlow } from './foro.js';
import { interestFlow } from './interest.js';
import { inviteFlow } from './invite.js';
import { languageFlow } from './language.js';
import { nextStepsFlow } from './next-steps.js';
import { panoramaFlow } from './panorama.js';
import { planFlow } from './plan.js';
import { prioritizeFlow } from './prioritize.js';
import { reviewFlow } from './review.js';
import { attendanceFlow, minutesFlow, remindersFlow, sessionsFlow } from './sessions-flows.js';
import { statusFlow } from './status.js';
import type { Flow } from './types.js';
import { uploadFlow } from './uploads.js';

/** A flow of any state type, as the engine holds it (states are stored as JSON). */
function erase<S>(flow: Flow<S>): Flow {
  return flow as unknown as Flow;
}

/** The flows, registered with the engine at start-up. */
export const FLOWS: readonly Flow[] = [
  erase(nextStepsFlow),
  erase(statusFlow),
  erase(confirmFlow),
  erase(uploadFlow),
  erase(documentsFlow),
  erase(foroFlow),
  erase(sessionsFlow),
  erase(attendanceFlow),
  erase(minutesFlow),
  erase(remindersFlow),
  erase(planFlow),
  erase(designateFlow),
  erase(panoramaFlow),
  erase(interestFlow),
  erase(reviewFlow),
  erase(prioritizeFlow),
  erase(inviteFlow),
  erase(languageFlow),
];
