/**
 * What each role may do beyond confirming Anexo 4's activities: who sees every GAD, who
 * reviews interest, who designates, who runs the Foro's sessions and plan. Every
 * "does this person hold that role here?" question of the bot is answered here, once.
 */
import type { RoleHeld } from './permissions.js';
import type { ForoOffice, RoleId } from './roles.js';

/** Roles that reach every GAD (or, for gremio contacts, every GAD of their gremio). */
export const NATIONAL_ROLES: readonly RoleId[] = ['poc', 'gremio', 'grupo_nucleo'];

/** Whether a role id is national (POC, gremio contact, Grupo Núcleo). */
export function isNationalRole(role: string): boolean {
  return (NATIONAL_ROLES as readonly string[]).includes(role);
}

/** Whether the person holds `role` (in `gadId`, when given). */
export function holds(roles: readonly RoleHeld[], role: RoleId, gadId?: number): boolean {
  return roles.some((held) => held.role === role && (gadId === undefined || held.gadId === gadId));
}

/** Whether the person holds any national role. */
export function holdsNationalRole(roles: readonly RoleHeld[]): boolean {
  return roles.some((held) => isNationalRole(held.role));
}

/**
 * The gremios whose GADs a national person sees: undefined for all (POC, Grupo Núcleo),
 * the gremios of their contacts otherwise.
 */
export function visibleGremios(roles: readonly RoleHeld[]): string[] | undefined {
  if (holds(roles, 'poc') || holds(roles, 'grupo_nucleo')) return undefined;
  return gremiosOf(roles);
}

/** The gremios the person is a contact of. */
export function gremiosOf(roles: readonly RoleHeld[]): string[] {
  return roles.filter((held) => held.role === 'gremio' && held.gremio).map((held) => held.gremio!);
}

/**
 * The GADs whose next steps a national person is asked about: the roles among POC and
 * gremio they hold, and the gremios they are limited to (undefined: every GAD).
 */
export function nationalDuties(roles: readonly RoleHeld[]): { roles: Set<RoleId>; gremios: string[] | undefined } {
  const held = new Set<RoleId>((['poc', 'gremio'] as const).filter((role) => holds(roles, role)));
  return { roles: held, gremios: held.has('poc') ? undefined : gremiosOf(roles) };
}

/** Whether the person hears, at escalation level 3, of a stalled step in a GAD of `gremio`. */
export function escalatesNationally(roles: readonly RoleHeld[], gremio: string): boolean {
  return holds(roles, 'poc') || roles.some((held) => held.role === 'gremio' && held.gremio === gremio);
}

/** Whether the person reviews expressed interest and registers prioritized GADs (the POC). */
export function reviewsInterest(roles: readonly RoleHeld[]): boolean {
  return holds(roles, 'poc');
}

/** Whether the person may reopen a done activity of any GAD, with a reason (the POC corrects the record). */
export function reopensActivities(roles: readonly RoleHeld[]): boolean {
  return holds(roles, 'poc');
}

/** Whether the person may open /panorama: the POC, the Grupo Núcleo and gremio contacts. */
export function seesPanorama(roles: readonly RoleHeld[]): boolean {
  return holdsNationalRole(roles);
}

/** Roles that confirm no activity of Anexo 4: the Grupo Núcleo, the monitor, commitment owners. */
const CONFIRMS_NOTHING: readonly string[] = ['grupo_nucleo', 'monitor', 'responsable'];

/** Whether the person may confirm some activity somewhere (not the Grupo Núcleo, the monitor or a commitment owner). */
export function confirmsActivities(roles: readonly RoleHeld[]): boolean {
  return roles.some((held) => !CONFIRMS_NOTHING.includes(held.role));
}

/** Whether the person may upload some activity's product somewhere: a local role that answers for one (not a commitment owner, not the monitor). */
export function uploadsProducts(roles: readonly RoleHeld[]): boolean {
  return roles.some((held) => held.gadId !== null && !CONFIRMS_NOTHING.includes(held.role));
}

/** Whether the person is the POCL of the GAD. */
export function isPocl(roles: readonly RoleHeld[], gadId: number): boolean {
  return holds(roles, 'pocl', gadId);
}

/** The local roles a person may invite to in a GAD: the Autoridad its POCL and Delegados, the POC the monitor. */
export function designatableRoles(roles: readonly RoleHeld[], gadId: number): RoleId[] {
  const result = new Set<RoleId>();
  if (holds(roles, 'autoridad', gadId)) ['pocl', 'delegado'].forEach((role) => result.add(role as RoleId));
  if (holds(roles, 'poc')) result.add('monitor');
  return [...result];
}

/** Whether the person may designate anyone somewhere (Autoridad, POC). */
export function designatesAnyone(roles: readonly RoleHeld[]): boolean {
  return holds(roles, 'autoridad') || holds(roles, 'poc');
}

/** Whether the person registers the GAD's Foro (actor map, invitations, offices): its Delegados and POCL. */
export function registersForo(roles: readonly RoleHeld[], gadId: number): boolean {
  return holds(roles, 'delegado', gadId) || holds(roles, 'pocl', gadId);
}

/** Whether the person is a member of the GAD's Foro. */
export function isForoMember(roles: readonly RoleHeld[], gadId: number): boolean {
  return holds(roles, 'foro', gadId);
}

/** The GADs whose Foro the person belongs to. */
export function foroGads(roles: readonly RoleHeld[]): number[] {
  return [...new Set(roles.filter((held) => held.role === 'foro' && held.gadId !== null).map((held) => held.gadId!))];
}

/** Whether the person holds `office` in the GAD's Foro. */
export function holdsOffice(roles: readonly RoleHeld[], gadId: number, office: string): boolean {
  return roles.some((held) => held.gadId === gadId && held.role === 'foro' && held.office === office);
}

/** Whether the person organizes the GAD's Foro sessions: its POCL or the Foro's Secretaría Técnica. */
export function organizesSessions(roles: readonly RoleHeld[], gadId: number): boolean {
  return isPocl(roles, gadId) || holdsOffice(roles, gadId, 'secretaria');
}

/** Whether the person manages the GAD's action plan: the Foro's officers, or the POCL on its behalf. */
export function managesPlan(roles: readonly RoleHeld[], gadId: number): boolean {
  return roles.some((held) => held.gadId === gadId && ((held.role === 'foro' && held.office !== null) || held.role === 'pocl'));
}

/** Whether the person holds the office that approves the GAD's plan (domain/separation.ts says which). */
export function approvesPlan(roles: readonly RoleHeld[], gadId: number, office: ForoOffice): boolean {
  return holdsOffice(roles, gadId, office);
}

/** Whether the person is the GAD's independent monitor. */
export function monitors(roles: readonly RoleHeld[], gadId: number): boolean {
  return holds(roles, 'monitor', gadId);
}

/** Local roles, as revoked by the POC. */
const LOCAL_ROLES: readonly RoleId[] = ['autoridad', 'delegado', 'pocl', 'foro', 'responsable', 'monitor'];

/** The roles a person may revoke in a GAD: the Autoridad its POCL and Delegados; the POC any local role. */
export function revocableRoles(roles: readonly RoleHeld[], gadId: number): RoleId[] {
  if (holds(roles, 'poc')) return [...LOCAL_ROLES];
  return holds(roles, 'autoridad', gadId) ? ['pocl', 'delegado'] : [];
}

/** Whether the person may revoke roles somewhere (the Autoridad, the POC). */
export function revokesRoles(roles: readonly RoleHeld[]): boolean {
  return holds(roles, 'poc') || holds(roles, 'autoridad');
}

/** An invite as the rules of who manages it see it. */
export interface InviteScope {
  role: string;
  gadId: number | null;
  createdByPersonId: number | null;
}

/**
 * Whether the person may list, resend and revoke a pending invite: whoever issued it; the
 * POC any; the Autoridad its GAD's POCL and Delegado invites; the Delegados and the POCL
 * their Foro's and commitment owners' invites.
 */
export function managesInvite(roles: readonly RoleHeld[], personId: number, invite: InviteScope): boolean {
  if (invite.createdByPersonId === personId || holds(roles, 'poc')) return true;
  if (invite.gadId === null) return false;
  if ((invite.role === 'pocl' || invite.role === 'delegado') && holds(roles, 'autoridad', invite.gadId)) return true;
  return (invite.role === 'foro' || invite.role === 'responsable') && registersForo(roles, invite.gadId);
}

/** Whether the person may manage invites at all: those who issue them (POC, Autoridad, Delegados, POCL, Foro officers). */
export function issuesInvites(roles: readonly RoleHeld[]): boolean {
  return roles.some((held) => ['poc', 'autoridad', 'delegado', 'pocl'].includes(held.role) || (held.role === 'foro' && held.office !== null));
}

/** Whether a person's joining in that role is announced to the POC and the gremio (the POCL's, Guía 3.3). */
export function joiningIsAnnounced(role: string): boolean {
  return role === 'pocl';
}

/** Whether an invite to that role names a gremio (gremio contacts). */
export function needsGremio(role: string): boolean {
  return role === 'gremio';
}

/** Whether an invite to that role gives a seat of the Foro (principal or suplente of an entity). */
export function givesForoSeat(role: string): boolean {
  return role === 'foro';
}

/** Whether the person answers the proposals sent for the GAD's plan: its POCL or the Foro's Secretaría Técnica. */
export function answersProposals(roles: readonly RoleHeld[], gadId: number): boolean {
  return isPocl(roles, gadId) || holdsOffice(roles, gadId, 'secretaria');
}

/** Whether the person answers proposals in some GAD. */
export function answersSomeProposals(roles: readonly RoleHeld[]): boolean {
  return roles.some((held) => held.gadId !== null && answersProposals(roles, held.gadId));
}
