/**
 * Who may act on an activity of a local government: Anexo 4's responsible roles, scoped
 * to the GAD (local roles), to its gremio (gremio contacts) or national (the POC). Where
 * the Foro Multiactor is responsible, its officers act for it, or the POCL on its behalf.
 */
import type { Activity } from './activities.js';
import type { RoleId } from './roles.js';

/** A role held, as the rules need it. */
export interface RoleHeld {
  role: string;
  gadId: number | null;
  gremio: string | null;
  office: string | null;
  /** For Foro members: principal | suplente. */
  seat?: string | null;
}

/** The GAD being acted on. */
export interface GadScope {
  id: number;
  gremio: string;
}

/** Whether a held role applies to that GAD at all. */
export function appliesTo(held: RoleHeld, gad: GadScope): boolean {
  switch (held.role as RoleId) {
    case 'poc':
    case 'grupo_nucleo':
      return true;
    case 'gremio':
      return held.gremio === gad.gremio;
    default:
      return held.gadId === gad.id;
  }
}

/** Whether one held role may confirm the activity in that GAD. */
function roleMayConfirm(held: RoleHeld, activity: Activity, gad: GadScope): boolean {
  if (!appliesTo(held, gad)) return false;
  if (activity.responsible.includes('foro')) {
    if (held.role === 'pocl') return true;
    if (held.role === 'foro') return held.office !== null;
  }
  return activity.responsible.includes(held.role as RoleId) && held.role !== 'foro';
}

/** Whether any of a person's roles may confirm the activity in that GAD. */
export function mayConfirm(roles: readonly RoleHeld[], activity: Activity, gad: GadScope): boolean {
  return roles.some((held) => roleMayConfirm(held, activity, gad));
}

/** Whether a person may upload the activity's products: its confirmers, and the POCL. */
export function mayUpload(roles: readonly RoleHeld[], activity: Activity, gad: GadScope): boolean {
  return mayConfirm(roles, activity, gad) || roles.some((held) => held.role === 'pocl' && appliesTo(held, gad));
}

/** Whether a person may read a GAD's progress and documents. */
export function mayRead(roles: readonly RoleHeld[], gad: GadScope): boolean {
  return roles.some((held) => appliesTo(held, gad));
}
