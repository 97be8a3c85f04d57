/**
 * Separation of duties, next to Anexo 1's composition: one person cannot fill the process
 * alone. A person holds at most one seat of a GAD's Foro and at most one of its offices;
 * the Autoridad and the POCL are not officers of their own Foro; the Autoridad designates
 * the POCL and the Delegados and is not one of them (Guía, activity 2); the person who
 * recorded a plan is not the one who approves it (the Presidencia approves; when the
 * Presidencia recorded it, the Co-Presidencia does).
 */
import type { RoleHeld } from './permissions.js';
import type { ForoOffice } from './roles.js';

/** A rule of separation of duties, named in every refusal. */
export type DutyRule = 'one_seat' | 'one_office' | 'officer_is_authority' | 'officer_is_pocl' | 'self_designation' | 'seat_taken' | 'recorder_approves';

/** A role about to be granted in a GAD. */
export interface Grant {
  role: string;
  gadId: number | null;
  seat?: string | null;
  office?: string | null;
}

const inGad = (held: readonly RoleHeld[], gadId: number) => held.filter((row) => row.gadId === gadId);

/** The rule an office in the GAD's Foro would break for a person holding `held`, if any. */
export function officeConflict(held: readonly RoleHeld[], gadId: number): DutyRule | undefined {
  const here = inGad(held, gadId);
  if (here.some((row) => row.role === 'autoridad')) return 'officer_is_authority';
  if (here.some((row) => row.role === 'pocl')) return 'officer_is_pocl';
  if (here.some((row) => row.role === 'foro' && row.office)) return 'one_office';
  return undefined;
}

/** The rule granting `grant` to a person holding `held` would break, if any. */
export function grantConflict(held: readonly RoleHeld[], grant: Grant): DutyRule | undefined {
  if (grant.gadId === null) return undefined;
  const here = inGad(held, grant.gadId);
  const has = (role: string) => here.some((row) => row.role === role);
  if (grant.role === 'foro') {
    if (grant.seat && here.some((row) => row.role === 'foro' && row.seat)) return 'one_seat';
    if (grant.office) return officeConflict(held, grant.gadId);
    return undefined;
  }
  if ((grant.role === 'pocl' || grant.role === 'delegado') && has('autoridad')) return 'self_designation';
  if (grant.role === 'autoridad' && (has('pocl') || has('delegado'))) return 'self_designation';
  const officer = here.some((row) => row.role === 'foro' && row.office);
  if (grant.role === 'autoridad' && officer) return 'officer_is_authority';
  if (grant.role === 'pocl' && officer) return 'officer_is_pocl';
  return undefined;
}

/** The Foro office that approves a plan: the Presidencia, or the Co-Presidencia when the Presidencia recorded it. */
export function approvingOffice(recorderHeld: readonly RoleHeld[], gadId: number): ForoOffice {
  return inGad(recorderHeld, gadId).some((row) => row.role === 'foro' && row.office === 'presidencia') ? 'copresidencia' : 'presidencia';
}

/** The rule a person approving a plan would break, if any: whoever recorded it does not approve it. */
export function approvalConflict(isRecorder: boolean): DutyRule | undefined {
  return isRecorder ? 'recorder_approves' : undefined;
}
