/**
 * When two registrations are one local government. Ecuador has one provincial GAD per
 * province and one municipal GAD per canton; rural parishes are told apart by name. Names
 * are compared normalized (shared/text.ts: NFKC, look-alike letters, accents, punctuation)
 * and without the generic words people add ("GAD Municipal de …").
 */
import { normalizeName } from '../shared/text.js';
import type { GadLevel } from './territory.js';

/** Where a GAD is and what it is called, as registered or typed. */
export interface GadPlace {
  level: string;
  province: string;
  canton?: string | null;
  name?: string;
}

/** Words that say what kind of government it is, not which one. */
const GENERIC = /\b(gad|gobierno|autonomo|descentralizado|municipal|municipio|municipalidad|provincial|prefectura|parroquial|rural|junta|canton|cantonal|parroquia|provincia|del?|la|los|las|y)\b/g;

/** The distinctive part of a GAD's name: "GAD Municipal de Santa Ana de Cotacachi" → "santa ana cotacachi". */
export function distinctiveName(name: string): string {
  return normalizeName(name).replace(GENERIC, ' ').replace(/\s+/g, ' ').trim();
}

/** The GADs registered at the same place as `candidate`: same level and province, and (below provincial level) same canton. */
export function registeredThere<G extends GadPlace>(candidate: GadPlace, gads: readonly G[]): G[] {
  return gads.filter(
    (gad) =>
      gad.level === candidate.level &&
      normalizeName(gad.province) === normalizeName(candidate.province) &&
      (candidate.level === 'provincial' || normalizeName(gad.canton ?? '') === normalizeName(candidate.canton ?? '')),
  );
}

/** Levels with a single GAD per place: one prefecture per province, one municipality per canton. */
const ONE_PER_PLACE: readonly GadLevel[] = ['provincial', 'municipal'];

/** Whether a registered GAD at the candidate's place is certainly the same government. */
export function certainlySame(candidate: GadPlace, gad: GadPlace): boolean {
  if (registeredThere(candidate, [gad]).length === 0) return false;
  if ((ONE_PER_PLACE as readonly string[]).includes(candidate.level)) return true;
  const a = distinctiveName(candidate.name ?? '');
  const b = distinctiveName(gad.name ?? '');
  return a === b || (a.length > 0 && b.length > 0 && (a.endsWith(b) || b.endsWith(a)));
}
