/**
 * /siguiente (/next): for each local government of the person, the activities open to
 * their roles and what each still lacks (products, prerequisites, with who is
 * responsible), with buttons for what can be done now: upload a product, confirm an
 * activity. The POCL sees every open activity of the GAD.
 */
import { ACTIVITIES, type Activity } from '../../domain/activities.js';
import { mayConfirm } from '../../domain/permissions.js';
import { missingFor, standing, type GadState } from '../../domain/readiness.js';
import { m, raw, type MessageRef, type Text } from '../../shared/i18n.js';
import { PHONE_SCREEN_CHARS } from '../../shared/text.js';
import { gadById, type Gad } from '../../store/gads.js';
import { gadState, gadsWithOpenActivities } from '../../store/progress.js';
import { hasNationalRole, localGads } from '../../engine/gad-field.js';
import { activityTitle, responsibleNames } from '../../engine/names.js';
import { bullets, bulletsWithin, completeActivity, confirmQuestion, confirmRefusal, linesWithMore, missingMessage } from './actions.js';
import { askForFile, parseKey, storeProduct } from './uploads.js';
import type { Choice, Flow, FlowContext, FlowInput, Reply, StepResult } from '../../engine/types.js';
import { isPocl, nationalDuties, reviewsInterest } from '../../domain/duties.js';
import { activityChoices, NEXT_STEPS_FLOW, type NextStepsState as State } from './activity-choices.js';

/** How many GADs a national role sees at once. */
const NATIONAL_LIMIT = 10;
/** How many buttons are offered at once. */
const MAX_ACTIONS = 10;
/** How much room the missing items of one activity have (the four sectors of Anexo 1 fit). */
const MISSING_BUDGET = 320;

/** A GAD to show, with what the Guía's rules know of it (read once per message). */
interface Shown {
  gad: Gad;
  state: GadState;
}

/** The GADs to look at: the person's own, and for national roles those where they have something to do. */
function gadsToShow(ctx: FlowContext): Shown[] {
  const withState = (gad: Gad): Shown => ({ gad, state: gadState(ctx.db, gad.id) });
  const own = localGads(ctx)
    .filter((gad) => gad.status === 'accepted')
    .map(withState);
  if (!hasNationalRole(ctx)) return own;
  const national = nationalDuties(ctx.memberships);
  const theirs = ACTIVITIES.filter((a) => a.responsible.some((role) => national.roles.has(role))).map((a) => a.number);
  const candidates = gadsWithOpenActivities(ctx.db, theirs, national.gremios, NATIONAL_LIMIT)
    .filter((id) => !own.some((o) => o.gad.id === id))
    .map((id) => gadById(ctx.db, id))
    .filter((gad): gad is Gad => gad !== undefined)
    .map(withState)
    .filter((shown) => actionable(ctx, shown).length > 0);
  return [...own, ...candidates].slice(0, NATIONAL_LIMIT);
}

/** Open activities of a GAD the person is responsible for (all of them for its POCL). */
function actionable(ctx: FlowContext, { gad, state }: Shown): Activity[] {
  const pocl = isPocl(ctx.memberships, gad.id);
  return ACTIVITIES.filter((a) => standing(a, state) === 'open' && (pocl || mayConfirm(ctx.memberships, a, gad)));
}

/** One GAD's paragraph and the actions it offers. */
function describeGad(ctx: FlowContext, shown: Shown): { gad: Gad; text: string; choices: Choice[]; open: number } {
  const { gad, state } = shown;
  const choices: Choice[] = [];
  const items: MessageRef[] = [];
  for (const activity of actionable(ctx, shown)) {
    const missing = missingFor(activity, state);
    const mine = mayConfirm(ctx.memberships, activity, gad);
    items.push(
      missing.length === 0
        ? m(mine ? 'next-ready' : 'next-ready-other', { activity: activityTitle(activity), responsible: responsibleNames(activity) })
        : m('next-missing', { activity: activityTitle(activity), missing: bulletsWithin(ctx, missing.map(missingMessage), MISSING_BUDGET).replace(/^/gm, '   ') }),
    );
    choices.push(...activityChoices(ctx.memberships, gad, activity, state));
  }
  const header = ctx.render(m('next-gad-header', { gad: gad.name }));
  const body = items.length ? bullets(ctx, items) : ctx.render(nothingForYou(ctx, state));
  return { gad, text: `${header}\n${body}`, choices, open: items.length };
}

/** Nothing for the person: whom the process waits for, or that it is complete. */
function nothingForYou(ctx: FlowContext, state: GadState): MessageRef {
  const waiting = waitingFor(ctx, state);
  return waiting ? m('next-nothing', { waiting }) : m('next-nothing-complete');
}

/** "Autoridad del Gobierno local (2. Suscribir…)": who the process waits for. */
function waitingFor(ctx: FlowContext, state: GadState): string {
  const open = ACTIVITIES.filter((a) => standing(a, state) === 'open');
  return open.map((a) => `${ctx.render(responsibleNames(a))} (${ctx.render(activityTitle(a))})`).join('; ');
}

/**
 * What is pending, GAD by GAD. When it does not fit a phone screen (several GADs, long
 * lists), the first message is one line per GAD and "see details" sends each GAD's part.
 */
function menu(ctx: FlowContext, detail = false): StepResult<State> {
  const gads = gadsToShow(ctx);
  if (gads.length === 0) {
    const reviewer = reviewsInterest(ctx.memberships) ? 'yes' : 'no';
    return { replies: [{ text: hasNationalRole(ctx) ? m('next-none-national', { reviewer }) : m('next-none') }] };
  }
  const described = gads.map((shown) => describeGad(ctx, shown));
  const actions = described.flatMap((d) => d.choices).slice(0, MAX_ACTIONS);
  const full = described.map((d) => d.text).join('\n\n');
  const fits = full.length <= PHONE_SCREEN_CHARS;
  const texts: Reply[] = detail ? described.map((d) => ({ text: raw(d.text) })) : [{ text: fits ? raw(full) : compact(ctx, described) }];
  const choices = [...(fits || detail ? [] : [{ value: 'detail', label: m('choice-detail') }]), ...actions];
  if (choices.length === 0) return { replies: texts };
  return { replies: [...texts, { text: m('next-choose'), choices }], next: { step: 'menu' } };
}

/** One line per GAD, within a phone screen: how many of its activities wait for the person. */
function compact(ctx: FlowContext, described: readonly { gad: Gad; open: number }[]): Text {
  const lines = described.map((d) => ctx.render(m('next-gad-compact', { gad: d.gad.name, count: d.open })));
  return raw(linesWithMore(ctx, lines, PHONE_SCREEN_CHARS));
}

function act(ctx: FlowContext, value: string): StepResult<State> {
  if (value === 'detail') return menu(ctx, true);
  const [kind, gadText, ...rest] = value.split(':');
  const gad = gadById(ctx.db, Number(gadText));
  if (!gad) return { replies: [{ text: m('choice-stale') }] };
  if (kind === 'ok') {
    const activity = Number(rest[0]);
    const refusal = confirmRefusal(ctx, gad, activity);
    if (refusal) return { replies: [refusal] };
    return { replies: [confirmQuestion(ctx, gad, activity)], next: { step: 'confirm', gadId: gad.id, activity } };
  }
  const key = rest.join(':');
  const found = parseKey(key);
  if (!found) return { replies: [{ text: m('choice-stale') }] };
  return { replies: [askForFile(found.activity, found.product)], next: { step: 'file', gadId: gad.id, key } };
}

/** What to do next, for each of the person's GADs. */
export const nextStepsFlow: Flow<State> = {
  id: NEXT_STEPS_FLOW.id,
  version: NEXT_STEPS_FLOW.version,
  commands: ['siguiente', 'next'],
  description: m('cmd-next'),
  available: (ctx) => ctx.memberships.length > 0,
  start: (ctx) => menu(ctx),
  step(ctx, state, input: FlowInput) {
    if (state.step === 'menu') return input.kind === 'choice' ? act(ctx, input.value) : menu(ctx);
    if (state.step === 'confirm') {
      const gad = gadById(ctx.db, state.gadId);
      if (!gad || input.kind !== 'choice' || input.value === 'no') return { replies: [{ text: m('confirm-not-recorded') }] };
      return { replies: completeActivity(ctx, gad, state.activity) };
    }
    if (input.kind !== 'file') {
      const found = parseKey(state.key)!;
      return { replies: [{ ...askForFile(found.activity, found.product), text: m('upload-expected-file') }], next: state };
    }
    const gad = gadById(ctx.db, state.gadId);
    return { replies: gad ? storeProduct(ctx, gad, state.key, input.file) : [{ text: m('gad-none') }] };
  },
};
