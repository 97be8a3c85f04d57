/** Every flow the bot offers, in the order /ayuda lists them, and every job the scheduler runs. */
import { confirmFlow } from './progress/confirm.js';
import { designateFlow } from './people/designate.js';
import { documentsFlow } from './progress/documents.js';
import { foroFlow } from './foro/foro.js';
import { interestFlow } from './entry/interest.js';
import { inviteFlow } from './people/invite.js';
import { invitationsFlow } from './people/invitations.js';
import { revokeFlow } from './people/revoke.js';
import { languageFlow } from './people/language.js';
import { profileFlow } from './people/profile.js';
import { nextStepsFlow } from './progress/next-steps.js';
import { panoramaFlow } from './progress/panorama.js';
import { planFlow } from './plan/plan.js';
import { proposalsFlow } from './proposals/register.js';
import { submitProposalFlow } from './proposals/submit.js';
import { prioritizeFlow } from './entry/prioritize.js';
import { reopenFlow } from './progress/reopen.js';
import { reviewFlow } from './entry/review.js';
import { attendanceFlow, minutesFlow, remindersFlow, sessionsFlow } from './sessions/index.js';
import { statusFlow } from './progress/status.js';
import type { Flow } from '../engine/types.js';
import type { FileBuild } from '../engine/builds.js';
import { packageBuild } from './plan/package-build.js';
import type { Job } from '../engine/jobs.js';
import { sendMilestoneReminders, sendPlanDigests } from './plan/milestones-job.js';
import { sendAssessmentReminders } from './plan/monitoring-job.js';
import { sendStallReminders } from './progress/stalled-job.js';
import { sendWeeklyDigests } from './progress/weekly-digest-job.js';
import { sendCadenceWarnings } from './sessions/cadence-job.js';
import { extendSeries, handleAbsences, sendInvitations } from './sessions/invitations-job.js';
import { sendMinutesRequests } from './sessions/minutes-requests-job.js';
import { sendSessionReminders } from './sessions/reminders-job.js';
import { uploadFlow } from './progress/uploads.js';
import { webLoginFlow } from './people/web-login.js';

/** A flow of any state type, as the engine holds it (states are stored as JSON). */
function erase<S>(flow: Flow<S>): Flow {
  return flow;
}

/** The flows, registered with the engine at start-up. */
export const FLOWS: readonly Flow[] = [
  erase(nextStepsFlow),
  erase(statusFlow),
  erase(confirmFlow),
  erase(reopenFlow),
  erase(uploadFlow),
  erase(documentsFlow),
  erase(foroFlow),
  erase(sessionsFlow),
  erase(attendanceFlow),
  erase(minutesFlow),
  erase(remindersFlow),
  erase(planFlow),
  erase(proposalsFlow),
  erase(designateFlow),
  erase(panoramaFlow),
  erase(webLoginFlow),
  erase(interestFlow),
  erase(submitProposalFlow),
  erase(reviewFlow),
  erase(prioritizeFlow),
  erase(inviteFlow),
  erase(invitationsFlow),
  erase(revokeFlow),
  erase(languageFlow),
  erase(profileFlow),
];

/**
 * The scheduled jobs, in the order a sweep runs them. Jobs at any hour follow from what people
 * just did; the others wait for the reminder window (session reminders apply it one by one).
 */
export const JOBS: readonly Job[] = [
  { name: 'extendSeries', anyHour: true, run: extendSeries },
  { name: 'sendInvitations', anyHour: true, run: sendInvitations },
  { name: 'handleAbsences', anyHour: true, run: handleAbsences },
  { name: 'sendSessionReminders', anyHour: true, run: sendSessionReminders },
  { name: 'sendMinutesRequests', anyHour: false, run: sendMinutesRequests },
  { name: 'sendCadenceWarnings', anyHour: false, run: sendCadenceWarnings },
  { name: 'sendStallReminders', anyHour: false, run: sendStallReminders },
  { name: 'sendWeeklyDigests', anyHour: false, run: sendWeeklyDigests },
  { name: 'sendMilestoneReminders', anyHour: false, run: sendMilestoneReminders },
  { name: 'sendPlanDigests', anyHour: false, run: sendPlanDigests },
  { name: 'sendAssessmentReminders', anyHour: false, run: sendAssessmentReminders },
];

/** The files built in the background, outside any transaction (delivery/builder.ts runs them). */
export const BUILDS: readonly FileBuild[] = [packageBuild];
