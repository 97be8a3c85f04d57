/**
 * Confirming an activity, as the Guía allows it: only its responsible role, only once its
 * prerequisites are done and its products uploaded. Completion is recorded with who and
 * when, and the POCL, the POC and the gremio are told; the people responsible for the
 * activities it opens are told it is their turn.
 */
import { activityByNumber, type Activity } from '../../domain/activities.js';
import type { ForoGap } from '../../domain/foro-composition.js';
import { nameIn, OFFICE_NAMES, SECTOR_NAMES } from '../../domain/labels.js';
import { mayConfirm } from '../../domain/permissions.js';
import { missingFor, standing, type Missing } from '../../domain/readiness.js';
import { m, type MessageRef } from '../../shared/i18n.js';
import type { Gad } from '../../store/gads.js';
import { gadState, markActivityDone } from '../../store/progress.js';
import { interestAudience, interestReviewers, responsiblePeople, stakeholders } from '../../engine/audience.js';
import { offerReview } from '../entry/offers.js';
import { announceMilestone } from '../../engine/milestones.js';
import { milestoneOfActivity } from '../../domain/milestones.js';
import { activityTitle, productName, responsibleNames, roleName } from '../../engine/names.js';
import type { FlowContext, Reply } from '../../engine/types.js';
import { membershipsOf } from '../../store/people.js';
import { activityChoices, offerActions } from './activity-choices.js';

/** What one missing item says. */
export function missingMessage(item: Missing): MessageRef {
  switch (item.kind) {
    case 'prerequisite':
      return m('missing-prerequisite', { activity: activityTitle(item.activity), responsible: responsibleNames(item.activity) });
    case 'product':
      return m('missing-product', { product: productName(item.product) });
    case 'designation':
      return m('missing-designation', { role: roleName(item.role) });
    case 'foro':
      return foroGapMessage(item.gap);
  }
}

/** What one gap in the Foro's composition says. */
export function foroGapMessage(gap: ForoGap): MessageRef {
  switch (gap.kind) {
    case 'sector':
      return m('missing-foro-sector', { sector: nameIn(SECTOR_NAMES, gap.sector) });
    case 'principal':
      return m('missing-foro-principal', { sector: nameIn(SECTOR_NAMES, gap.sector) });
    case 'suplente':
      return m('missing-foro-suplente', { sector: nameIn(SECTOR_NAMES, gap.sector) });
    case 'office':
      return m('missing-foro-office', { office: nameIn(OFFICE_NAMES, gap.office) });
  }
}

/** Bulleted lines, rendered in the sender's language. */
export function bullets(ctx: FlowContext, items: readonly MessageRef[]): string {
  return items.map((item) => `• ${ctx.render(item)}`).join('\n');
}

/** Tells the POC, the Grupo Núcleo and the gremio that a GAD wants to implement the model, and records activity 3. */
export function announceInterest(ctx: FlowContext, gad: Gad, summary: string): void {
  const reviewers = new Set(interestReviewers(ctx.db));
  for (const personId of interestAudience(ctx.db, gad)) {
    // The POC gets the button that opens the review; the others are told the POC will review it.
    if (reviewers.has(personId)) offerReview(ctx, personId, gad, m('interest-notify-review', { gad: gad.name, gremio: gad.gremio, summary }));
    else ctx.notify(personId, { text: m('interest-notify', { gad: gad.name, gremio: gad.gremio, summary }) });
  }
  markActivityDone(ctx.db, gad.id, 3, null, ctx.now);
  ctx.audit('activity.done', gad.id, { activity: 3, by: 'bot' });
}

/** Confirms an activity for a GAD, or says exactly why it cannot be confirmed yet. */
export function completeActivity(ctx: FlowContext, gad: Gad, number: number): Reply[] {
  const activity = activityByNumber(number);
  if (!activity) return [{ text: m('confirm-unknown-activity') }];
  if (!mayConfirm(ctx.memberships, activity, gad)) {
    ctx.audit('activity.refused', gad.id, { activity: number, reason: 'not_responsible' });
    return [{ text: m('confirm-not-responsible', { activity: activityTitle(activity), responsible: responsibleNames(activity) }) }];
  }
  if (gad.status !== 'accepted') return [{ text: m('confirm-gad-not-accepted', { gad: gad.name }) }];
  const state = gadState(ctx.db, gad.id);
  if (standing(activity, state) === 'done') return [{ text: m('confirm-already-done', { activity: activityTitle(activity) }) }];
  const missing = missingFor(activity, state);
  if (missing.length > 0) {
    return [{ text: m('confirm-missing', { activity: activityTitle(activity), missing: bullets(ctx, missing.map(missingMessage)) }) }];
  }
  const opened = markActivityDone(ctx.db, gad.id, number, ctx.person?.id ?? null, ctx.now);
  ctx.audit('activity.done', gad.id, { activity: number });
  const who = ctx.person?.displayName ?? '';
  const told = stakeholders(ctx.db, gad);
  for (const personId of told) {
    if (personId !== ctx.person?.id) ctx.notify(personId, { text: m('activity-done-notify', { activity: activityTitle(activity), gad: gad.name, who }) });
  }
  const milestone = milestoneOfActivity(number);
  if (milestone) announceMilestone(ctx, gad, milestone, { alreadyTold: told });
  if (number === 1) announceInterest(ctx, gad, gad.name);
  for (const next of opened.map((n) => activityByNumber(n)!)) announceOpened(ctx, gad, next);
  const openedText = opened.map((n) => ctx.render(activityTitle(n))).join('\n');
  return [{ text: m(opened.length ? 'confirm-done-opened' : 'confirm-done', { activity: activityTitle(activity), opened: openedText }) }];
}

/** Tells the people responsible for a newly opened activity that it is their turn, with its "Subir" or "Confirmar" buttons. */
function announceOpened(ctx: FlowContext, gad: Gad, activity: Activity): void {
  const state = gadState(ctx.db, gad.id);
  for (const personId of responsiblePeople(ctx.db, gad, activity)) {
    if (personId === ctx.person?.id) continue;
    const text = m('activity-opened-notify', { activity: activityTitle(activity), gad: gad.name });
    offerActions(ctx, personId, { text }, activityChoices(membershipsOf(ctx.db, personId), gad, activity, state), `activity:${gad.id}:${activity.number}`);
  }
}

