/**
 * Confirming an activity, as the Guía allows it: only its responsible role, only once its
 * prerequisites are done, its products uploaded and its substance recorded (domain/
 * readiness.ts), and only after the sender saw what will happen and said yes. Completion
 * is recorded with who and when and whom the bot told: the POCL, the POC and the gremio,
 * and the people responsible for the activities it opens.
 */
import { activityByNumber, type Activity } from '../../domain/activities.js';
import type { ForoGap } from '../../domain/foro-composition.js';
import { nameIn, OFFICE_NAMES, SECTOR_NAMES } from '../../domain/labels.js';
import { mayConfirm } from '../../domain/permissions.js';
import { missingFor, opensWhenDone, standing, type Missing } from '../../domain/readiness.js';
import { m, type MessageRef, type Text } from '../../shared/i18n.js';
import { linesWithin } from '../../shared/text.js';
import type { Gad } from '../../store/gads.js';
import { membershipsOf, peopleWithRole, personById } from '../../store/people.js';
import { doneActivities, gadState, markActivityDone } from '../../store/progress.js';
import { yesNoChoices } from '../../engine/fields.js';
import { interestAudience, interestReviewers, responsiblePeople, stakeholders } from '../../engine/audience.js';
import { announceMilestone } from '../../engine/milestones.js';
import { milestoneOfActivity } from '../../domain/milestones.js';
import { offerReview } from '../entry/offers.js';
import { activityChoices, offerActions } from './activity-choices.js';
import { activityTitle, productName, responsibleNames, roleName } from '../../engine/names.js';
import type { FlowContext, Reply } from '../../engine/types.js';

/** What one missing item says. */
export function missingMessage(item: Missing): MessageRef {
  switch (item.kind) {
    case 'prerequisite':
      return m('missing-prerequisite', { activity: activityTitle(item.activity), responsible: responsibleNames(item.activity) });
    case 'product':
      return m('missing-product', { product: productName(item.product) });
    case 'session_acta':
      return m('missing-session-acta', { product: productName(item.product) });
    case 'training':
      return m('missing-training');
    case 'decision':
      return m('missing-decision', { subject: item.subject });
    case 'actor_map':
      return m('missing-actor-map', { sector: nameIn(SECTOR_NAMES, item.sector) });
    case 'approach':
      return m('missing-approach', { sector: nameIn(SECTOR_NAMES, item.sector) });
    case 'plan':
      return m('missing-plan', { need: item.need, pending: item.pending ?? 0 });
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
export function bullets(ctx: FlowContext, items: readonly Text[]): string {
  return items.map((item) => `• ${ctx.render(item)}`).join('\n');
}

/** Lines within `budget` characters: those that do not fit are counted in a last "… and N more" line. */
export function linesWithMore(ctx: FlowContext, lines: readonly string[], budget: number): string {
  const all = lines.join('\n');
  if (all.length <= budget) return all;
  const room = budget - ctx.render(m('list-more', { count: lines.length })).length - 1;
  const { shown, left } = linesWithin(lines, room);
  return [...shown, ctx.render(m('list-more', { count: left }))].join('\n');
}

/** Bulleted items within `budget` characters, as linesWithMore keeps them. */
export function bulletsWithin(ctx: FlowContext, items: readonly Text[], budget: number): string {
  return linesWithMore(ctx, items.map((item) => `• ${ctx.render(item)}`), budget);
}

/**
 * Records activity 3 (informing the Grupo Núcleo) once activity 1 is done. Route a (the
 * Autoridad expressed interest): the POC, the Grupo Núcleo and the gremio hear of the new
 * interest, to review it. Route b (the POC prioritized the GAD and its Autoridad confirmed):
 * only the Grupo Núcleo is told, as there is nothing to review. Returns the activities opened.
 */
export function informCoreGroup(ctx: FlowContext, gad: Gad, summary: string): number[] {
  const prioritized = gad.entry === 'prioritization';
  const audience = prioritized ? peopleWithRole(ctx.db, 'grupo_nucleo') : interestAudience(ctx.db, gad);
  const reviewers = new Set(prioritized ? [] : interestReviewers(ctx.db));
  for (const personId of audience) {
    // The POC gets the button that opens the review; the others are told the POC will review it.
    if (reviewers.has(personId)) offerReview(ctx, personId, gad, m('interest-notify-review', { gad: gad.name, gremio: gad.gremio, summary }));
    else ctx.notify(personId, { text: prioritized ? m('gad-interest-confirmed-notify', { gad: gad.name }) : m('interest-notify', { gad: gad.name, gremio: gad.gremio, summary }) });
  }
  const opened = markActivityDone(ctx.db, gad.id, 3, null, ctx.now, audience);
  ctx.audit('activity.done', gad.id, { activity: 3, by: 'bot' });
  return opened;
}

/** Why the sender cannot confirm the activity in the GAD now; undefined when they can. */
export function confirmRefusal(ctx: FlowContext, gad: Gad, number: number): Reply | undefined {
  const activity = activityByNumber(number);
  if (!activity) return { text: m('confirm-unknown-activity') };
  if (!mayConfirm(ctx.memberships, activity, gad)) {
    ctx.audit('activity.refused', gad.id, { activity: number, reason: 'not_responsible' });
    return { text: m('confirm-not-responsible', { activity: activityTitle(activity), responsible: responsibleNames(activity) }) };
  }
  if (gad.status !== 'accepted') return { text: m('confirm-gad-not-accepted', { gad: gad.name }) };
  const state = gadState(ctx.db, gad.id);
  if (standing(activity, state) === 'done') return { text: m('confirm-already-done', { activity: activityTitle(activity) }) };
  const missing = missingFor(activity, state);
  if (missing.length > 0) {
    return { text: m('confirm-missing', { activity: activityTitle(activity), missing: bullets(ctx, missing.map(missingMessage)) }) };
  }
  return undefined;
}

/** Who hears of an activity's completion: the GAD's POCL, the POC and the gremio (not the sender). */
function toldOfCompletion(ctx: FlowContext, gad: Gad): number[] {
  return stakeholders(ctx.db, gad).filter((personId) => personId !== ctx.person?.id);
}

/** Names of people, as one line ("Ana Pérez, Luis Andrade y 3 más" is left to the list's length). */
export function namesOf(ctx: FlowContext, personIds: readonly number[]): string {
  return personIds.map((id) => personById(ctx.db, id)?.displayName ?? '?').join(', ') || '-';
}

/**
 * The question asked before an activity is recorded: what will be recorded in the
 * sender's name, who will be told and what opens next; answered "Sí, confirmar" or "No".
 */
export function confirmQuestion(ctx: FlowContext, gad: Gad, number: number): Reply {
  const activity = activityByNumber(number)!;
  const opened = opensWhenDone(number, doneActivities(ctx.db, gad.id));
  return {
    text: m('confirm-ask', {
      activity: activityTitle(activity),
      gad: gad.name,
      told: namesOf(ctx, toldOfCompletion(ctx, gad)),
      opened: opened.map((a) => ctx.render(activityTitle(a))).join('\n') || '-',
    }),
    choices: yesNoChoices('confirm'),
  };
}

/** Records an activity the sender confirmed, or says exactly why it cannot be recorded now. */
export function completeActivity(ctx: FlowContext, gad: Gad, number: number): Reply[] {
  const refusal = confirmRefusal(ctx, gad, number);
  if (refusal) return [refusal];
  const activity = activityByNumber(number)!;
  const told = toldOfCompletion(ctx, gad);
  const who = ctx.person?.displayName ?? '';
  for (const personId of told) ctx.notify(personId, { text: m('activity-done-notify', { activity: activityTitle(activity), gad: gad.name, who }) });
  const done = doneActivities(ctx.db, gad.id);
  const upcoming = opensWhenDone(number, done).filter((next) => !(number === 1 && next.number === 3));
  const announced = upcoming.flatMap((next) => announceOpened(ctx, gad, next, number));
  const opened = markActivityDone(ctx.db, gad.id, number, ctx.person?.id ?? null, ctx.now, [...told, ...announced]);
  ctx.audit('activity.done', gad.id, { activity: number });
  const milestone = milestoneOfActivity(number);
  if (milestone) announceMilestone(ctx, gad, milestone, { alreadyTold: told });
  const alsoOpened = number === 1 ? informCoreGroup(ctx, gad, gad.name) : [];
  const doneNow = doneActivities(ctx.db, gad.id);
  const nowOpen = [...new Set([...opened, ...alsoOpened])].filter((n) => !doneNow.has(n));
  const openedText = nowOpen.map((n) => ctx.render(activityTitle(n))).join('\n');
  return [{ text: m(nowOpen.length ? 'confirm-done-opened' : 'confirm-done', { activity: activityTitle(activity), opened: openedText }) }];
}

/**
 * Tells the people responsible for an activity about to open (once `confirming` is done)
 * that it is their turn, with its "Subir" or "Confirmar" buttons; returns whom.
 */
function announceOpened(ctx: FlowContext, gad: Gad, activity: Activity, confirming: number): number[] {
  const people = responsiblePeople(ctx.db, gad, activity).filter((personId) => personId !== ctx.person?.id);
  const now = gadState(ctx.db, gad.id);
  const state = { ...now, done: new Set([...now.done, confirming]) };
  for (const personId of people) {
    const text = m('activity-opened-notify', { activity: activityTitle(activity), gad: gad.name });
    offerActions(ctx, personId, { text }, activityChoices(membershipsOf(ctx.db, personId), gad, activity, state), `activity:${gad.id}:${activity.number}`);
  }
  return people;
}
