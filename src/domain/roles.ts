/**
 * The actors of the Guía (section 3), plus the Grupo Núcleo and the independent
 * monitoring entity of Anexo 3. A role is local when it belongs to one local government.
 */

/** Every role id, as stored in memberships and invites. */
export const ROLE_IDS = [
  'autoridad',
  'delegado',
  'pocl',
  'foro',
  'responsable',
  'poc',
  'gremio',
  'grupo_nucleo',
  'monitor',
] as const;

/** A role id. */
export type RoleId = (typeof ROLE_IDS)[number];

/** One role of the process. */
export interface Role {
  id: RoleId;
  /** Spanish name, as the Guía writes it. */
  name: string;
  /** English name. */
  nameEn: string;
  /** Whether the role belongs to one local government (and so needs one). */
  local: boolean;
}

/** The roles, in the order the Guía introduces them. */
export const ROLES: readonly Role[] = [
  { id: 'autoridad', name: 'Autoridad del Gobierno local', nameEn: 'Local government authority', local: true },
  { id: 'delegado', name: 'Equipo delegado del Gobierno local', nameEn: 'Local government delegate team', local: true },
  { id: 'pocl', name: 'Punto de contacto local (POCL)', nameEn: 'Local point of contact (POCL)', local: true },
  { id: 'foro', name: 'Foro Multiactor del Gobierno local', nameEn: 'Local multi-stakeholder forum', local: true },
  { id: 'responsable', name: 'Responsable de compromiso', nameEn: 'Commitment owner', local: true },
  { id: 'poc', name: 'Punto de contacto ante OGP (POC)', nameEn: 'OGP point of contact (POC)', local: false },
  { id: 'gremio', name: 'Equipo técnico del gremio', nameEn: 'Local government association team', local: false },
  { id: 'grupo_nucleo', name: 'Miembro del Grupo Núcleo', nameEn: 'Core Group member', local: false },
  { id: 'monitor', name: 'Ente de monitoreo independiente', nameEn: 'Independent monitoring entity', local: true },
];

/** Whether a string is a role id. */
export function isRoleId(value: string): value is RoleId {
  return (ROLE_IDS as readonly string[]).includes(value);
}

/** The role with that id. */
export function roleById(id: RoleId): Role {
  return ROLES.find((role) => role.id === id)!;
}

/** Sectors of a Foro Multiactor (Anexo 1, minimum structure). */
export const FORO_SECTORS = ['gobierno_local', 'academia', 'sociedad_civil', 'sector_privado'] as const;
/** A Foro sector. */
export type ForoSector = (typeof FORO_SECTORS)[number];

/** Seats an entity holds in the Foro (Anexo 1, point 3). */
export const FORO_SEATS = ['principal', 'suplente'] as const;
/** A Foro seat. */
export type ForoSeat = (typeof FORO_SEATS)[number];

/** Offices the Foro designates (Anexo 1, point 4). */
export const FORO_OFFICES = ['presidencia', 'copresidencia', 'secretaria'] as const;
/** A Foro office. */
export type ForoOffice = (typeof FORO_OFFICES)[number];
