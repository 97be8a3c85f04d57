/**
 * Where each activity of a local government stands and what it lacks: the Guía's rules
 * as pure functions of the GAD's recorded state. An activity whose substance lives
 * elsewhere in the bot (the actor map, the Foro, its sessions' actas, the action plan)
 * cannot be confirmed while that substance is missing; each rule is written here, once.
 */
import { ACTIVITIES, type Activity, type Product } from './activities.js';
import { foroGaps, type ForoGap, type ForoSeatHolder } from './foro-composition.js';
import type { PlanStatus } from './plan.js';
import type { DecisionSubject } from './quorum.js';
import { FORO_SECTORS, type ForoSector, type RoleId } from './roles.js';

/** The latest action plan of a GAD, as the rules need it. */
export interface PlanFacts {
  status: PlanStatus;
  /** Whether the accountability report (rendición de cuentas) was built and stored at closing. */
  reportStored: boolean;
  commitments: number;
  /** Commitments the independent monitor has evaluated. */
  evaluated: number;
}

/** What the store knows of one local government, as the rules need it. */
export interface GadState {
  /** Activities done. */
  done: ReadonlySet<number>;
  /** Product ids with at least one version (a session's acta counts only when attached to its session). */
  uploaded: ReadonlySet<string>;
  /** Local roles designated (invited or joined), e.g. pocl and delegado for activity 2. */
  designated: ReadonlySet<RoleId>;
  /** The Foro's members, for activity 9. */
  foro: readonly ForoSeatHolder[];
  /** Sectors of the entities on the actor map (activity 5). */
  mappedSectors: ReadonlySet<string>;
  /** Sectors with an entity invited to a Foro seat (activity 8). */
  invitedSectors: ReadonlySet<string>;
  /** The latest action plan, if one was recorded (activities 13-15). */
  plan: PlanFacts | undefined;
  /** Subjects the Foro approved in a session with quorum (the normativa, for activity 11). */
  decisions: ReadonlySet<DecisionSubject>;
  /** Activities (4, 12) with a training held whose attendance list and materials are stored. */
  trained: ReadonlySet<number>;
}

/** What an action plan still needs for an activity. */
export type PlanNeed = 'recorded' | 'published' | 'closed' | 'report' | 'evaluated';

/** Something an activity still needs before it can be confirmed. */
export type Missing =
  | { kind: 'prerequisite'; activity: Activity }
  | { kind: 'product'; product: Product }
  | { kind: 'session_acta'; product: Product }
  | { kind: 'training' }
  | { kind: 'decision'; subject: DecisionSubject }
  | { kind: 'designation'; role: RoleId }
  | { kind: 'foro'; gap: ForoGap }
  | { kind: 'actor_map'; sector: ForoSector }
  | { kind: 'approach'; sector: ForoSector }
  | { kind: 'plan'; need: PlanNeed; pending?: number };

/** An activity's standing in a GAD. */
export type Standing = 'done' | 'open' | 'blocked';

/** Done, open (its prerequisites done) or blocked. */
export function standing(activity: Activity, state: GadState): Standing {
  if (state.done.has(activity.number)) return 'done';
  return activity.requires.every((n) => state.done.has(n)) ? 'open' : 'blocked';
}

/** Roles activity 2 requires the Autoridad to have designated. */
const DESIGNATIONS_FOR_ACTIVITY_2: readonly RoleId[] = ['pocl', 'delegado'];

/** Plan statuses at or past publication. */
const PUBLISHED: readonly PlanStatus[] = ['published', 'closed'];

/** Activities 4 and 12 (sensibilización, capacitación) need a training held, with its attendance list and materials. */
function trainingHeld(activity: number): (state: GadState) => Missing[] {
  return (state) => (state.trained.has(activity) ? [] : [{ kind: 'training' }]);
}

/** What each activity needs beyond its prerequisites and uploaded products: its substance elsewhere in the bot. */
const SUBSTANCE: Readonly<Record<number, (state: GadState) => Missing[]>> = {
  2: (state) => DESIGNATIONS_FOR_ACTIVITY_2.filter((role) => !state.designated.has(role)).map((role) => ({ kind: 'designation', role })),
  5: (state) => FORO_SECTORS.filter((sector) => !state.mappedSectors.has(sector)).map((sector) => ({ kind: 'actor_map', sector })),
  8: (state) => FORO_SECTORS.filter((sector) => !state.invitedSectors.has(sector)).map((sector) => ({ kind: 'approach', sector })),
  4: trainingHeld(4),
  9: (state) => foroGaps(state.foro).map((gap) => ({ kind: 'foro', gap })),
  11: (state) => (state.decisions.has('normativa') ? [] : [{ kind: 'decision', subject: 'normativa' }]),
  12: trainingHeld(12),
  13: (state) => (state.plan ? [] : [{ kind: 'plan', need: 'recorded' }]),
  14: (state) => (state.plan && PUBLISHED.includes(state.plan.status) ? [] : [{ kind: 'plan', need: 'published' }]),
  15: (state) => {
    const plan = state.plan;
    if (!plan || plan.status !== 'closed') return [{ kind: 'plan', need: 'closed' }];
    const missing: Missing[] = [];
    if (!plan.reportStored) missing.push({ kind: 'plan', need: 'report' });
    if (plan.evaluated < plan.commitments) missing.push({ kind: 'plan', need: 'evaluated', pending: plan.commitments - plan.evaluated });
    return missing;
  },
};

/** Everything that keeps an activity from being confirmed now; empty when it can be. */
export function missingFor(activity: Activity, state: GadState): Missing[] {
  const missing: Missing[] = [];
  for (const n of activity.requires) {
    if (!state.done.has(n)) missing.push({ kind: 'prerequisite', activity: ACTIVITIES[n - 1]! });
  }
  for (const product of activity.products) {
    if (!state.uploaded.has(product.id)) missing.push({ kind: product.fromSession ? 'session_acta' : 'product', product });
  }
  missing.push(...(SUBSTANCE[activity.number]?.(state) ?? []));
  return missing;
}

/** What keeps the plan from being closed: activity 15's prerequisites (14, implementation) and a published plan. */
export function closingMissing(state: GadState): Missing[] {
  const closing = ACTIVITIES[14]!;
  const missing: Missing[] = closing.requires.filter((n) => !state.done.has(n)).map((n) => ({ kind: 'prerequisite', activity: ACTIVITIES[n - 1]! }));
  if (state.plan?.status !== 'published') missing.push({ kind: 'plan', need: 'published' });
  return missing;
}

/** The activities that need `number` directly. */
export function dependentsOf(number: number): number[] {
  return ACTIVITIES.filter((a) => a.requires.includes(number)).map((a) => a.number);
}

/** The activities that become open when `number` is done, given the activities done (with it). */
export function opensWhenDone(number: number, done: ReadonlySet<number>): Activity[] {
  const after = new Set([...done, number]);
  return ACTIVITIES.filter((a) => !after.has(a.number) && a.requires.includes(number) && a.requires.every((n) => after.has(n)));
}

/** The activities and products a Foro session's acta is filed under: the first of 9 and 10 not done (none once both are). */
export function actaProductFor(done: ReadonlySet<number>): { activity: Activity; product: Product } | undefined {
  for (const activity of ACTIVITIES) {
    const product = activity.products.find((p) => p.fromSession);
    if (product && !done.has(activity.number)) return { activity, product };
  }
  return undefined;
}

/** Done activities that depend, directly or not, on an activity that is not done: flagged after a reopening. */
export function flaggedActivities(state: GadState): Map<number, number> {
  const flagged = new Map<number, number>();
  const cause = (activity: Activity): number | undefined => {
    for (const n of activity.requires) {
      if (!state.done.has(n)) return n;
      const upstream = cause(ACTIVITIES[n - 1]!);
      if (upstream !== undefined) return upstream;
    }
    return undefined;
  };
  for (const activity of ACTIVITIES) {
    if (!state.done.has(activity.number)) continue;
    const reopened = cause(activity);
    if (reopened !== undefined) flagged.set(activity.number, reopened);
  }
  return flagged;
}
