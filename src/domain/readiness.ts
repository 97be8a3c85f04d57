/**
 * Where each activity of a local government stands and what it lacks: the Guía's rules
 * as pure functions of the GAD's recorded state.
 */
import { ACTIVITIES, type Activity, type Product } from './activities.js';
import { foroGaps, type ForoGap, type ForoSeatHolder } from './foro-composition.js';
import type { RoleId } from './roles.js';

/** What the store knows of one local government, as the rules need it. */
export interface GadState {
  /** Activities done. */
  done: ReadonlySet<number>;
  /** Product ids with at least one uploaded version. */
  uploaded: ReadonlySet<string>;
  /** Local roles designated (invited or joined), e.g. pocl and delegado for activity 2. */
  designated: ReadonlySet<RoleId>;
  /** The Foro's members, for activity 9. */
  foro: readonly ForoSeatHolder[];
}

/** Something an activity still needs before it can be confirmed. */
export type Missing =
  | { kind: 'prerequisite'; activity: Activity }
  | { kind: 'product'; product: Product }
  | { kind: 'designation'; role: RoleId }
  | { kind: 'foro'; gap: ForoGap };

/** An activity's standing in a GAD. */
export type Standing = 'done' | 'open' | 'blocked';

/** Done, open (its prerequisites done) or blocked. */
export function standing(activity: Activity, state: GadState): Standing {
  if (state.done.has(activity.number)) return 'done';
  return activity.requires.every((n) => state.done.has(n)) ? 'open' : 'blocked';
}

/** Roles activity 2 requires the Autoridad to have designated. */
const DESIGNATIONS_FOR_ACTIVITY_2: readonly RoleId[] = ['pocl', 'delegado'];

/** Everything that keeps an activity from being confirmed now; empty when it can be. */
export function missingFor(activity: Activity, state: GadState): Missing[] {
  const missing: Missing[] = [];
  for (const n of activity.requires) {
    if (!state.done.has(n)) missing.push({ kind: 'prerequisite', activity: ACTIVITIES[n - 1]! });
  }
  for (const product of activity.products) {
    if (!state.uploaded.has(product.id)) missing.push({ kind: 'product', product });
  }
  if (activity.number === 2) {
    for (const role of DESIGNATIONS_FOR_ACTIVITY_2) {
      if (!state.designated.has(role)) missing.push({ kind: 'designation', role });
    }
  }
  if (activity.number === 9) {
    for (const gap of foroGaps(state.foro)) missing.push({ kind: 'foro', gap });
  }
  return missing;
}

