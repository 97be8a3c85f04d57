/**
 * Names of the Guía's categories in Spanish and English: levels, Foro sectors, seats and
 * offices, and where a GAD stands with the POC. Sentences live in locales/; these are
 * names, kept with the data they name.
 */
import type { ForoOffice, ForoSeat, ForoSector } from './roles.js';
import type { GadLevel } from './territory.js';

/** A name in both languages. */
export interface Bilingual {
  es: string;
  en: string;
}

/** Levels of local government. */
export const LEVEL_NAMES: Readonly<Record<GadLevel, Bilingual>> = {
  provincial: { es: 'provincial', en: 'provincial' },
  municipal: { es: 'municipal', en: 'municipal' },
  parroquial: { es: 'parroquial rural', en: 'rural parish' },
};

/** Sectors of the Foro Multiactor. */
export const SECTOR_NAMES: Readonly<Record<ForoSector, Bilingual>> = {
  gobierno_local: { es: 'gobierno local', en: 'local government' },
  academia: { es: 'academia', en: 'academia' },
  sociedad_civil: { es: 'sociedad civil', en: 'civil society' },
  sector_privado: { es: 'sector privado', en: 'private sector' },
};

/** Seats an entity holds in the Foro. */
export const SEAT_NAMES: Readonly<Record<ForoSeat, Bilingual>> = {
  principal: { es: 'principal', en: 'principal' },
  suplente: { es: 'suplente', en: 'alternate' },
};

/** Offices of the Foro. */
export const OFFICE_NAMES: Readonly<Record<ForoOffice, Bilingual>> = {
  presidencia: { es: 'Presidencia', en: 'Presidency' },
  copresidencia: { es: 'Co-Presidencia', en: 'Co-Presidency' },
  secretaria: { es: 'Secretaría Técnica', en: 'Technical Secretariat' },
};

/** Where a GAD stands with the POC. */
export const GAD_STATUS_NAMES: Readonly<Record<string, Bilingual>> = {
  interest_pending: { es: 'interés expresado, pendiente de revisión del POC', en: "interest expressed, awaiting the POC's review" },
  info_requested: { es: 'el POC pidió más información', en: 'the POC asked for more information' },
  accepted: { es: 'aceptado en el proceso', en: 'accepted into the process' },
  declined: { es: 'no aceptado por ahora', en: 'not accepted for now' },
  completed: { es: 'proceso completo: las 15 actividades cumplidas', en: 'process complete: all 15 activities done' },
};

/** The name of a value in one of the tables, or the value itself when unknown. */
export function nameIn<K extends string>(table: Readonly<Record<K, Bilingual>>, value: string | null | undefined): Bilingual {
  return (value && (table as Record<string, Bilingual>)[value]) || { es: value ?? '-', en: value ?? '-' };
}

/** Documents that are not an activity's product: what the bot files or makes itself. */
export const OTHER_DOCUMENT_NAMES: Readonly<Record<string, Bilingual>> = {
  sin_clasificar: { es: 'Sin clasificar', en: 'Unfiled' },
  evidencia: { es: 'Evidencia de un hito', en: 'Milestone evidence' },
  acta_sesion: { es: 'Acta de sesión', en: 'Session minutes' },
  calendario: { es: 'Invitación de calendario', en: 'Calendar invitation' },
  plan_accion_pdf: { es: 'Plan de acción (PDF)', en: 'Action plan (PDF)' },
  plan_accion_json: { es: 'Plan de acción (JSON)', en: 'Action plan (JSON)' },
  plan_accion_csv: { es: 'Plan de acción (CSV)', en: 'Action plan (CSV)' },
  rendicion_cuentas_pdf: { es: 'Rendición de cuentas (PDF)', en: 'Accountability report (PDF)' },
  rendicion_cuentas_json: { es: 'Rendición de cuentas (JSON)', en: 'Accountability report (JSON)' },
  rendicion_cuentas_csv: { es: 'Rendición de cuentas (CSV)', en: 'Accountability report (CSV)' },
  paquete_evaluacion: { es: 'Paquete para la evaluación independiente', en: 'Independent evaluation package' },
};
