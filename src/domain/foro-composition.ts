/**
 * Anexo 1's minimum composition of a Foro Multiactor: at least one entity of each of the
 * four sectors with both a principal and a suplente, and the Presidencia, Co-Presidencia
 * and Secretaría Técnica designated.
 */
import { FORO_OFFICES, FORO_SECTORS, type ForoOffice, type ForoSector } from './roles.js';

/** A Foro member as the rule sees them. */
export interface ForoSeatHolder {
  entityId: number | null;
  sector: string | null;
  seat: string | null;
  office: string | null;
}

/** What the Foro still lacks. */
export type ForoGap =
  | { kind: 'sector'; sector: ForoSector }
  | { kind: 'suplente'; sector: ForoSector }
  | { kind: 'principal'; sector: ForoSector }
  | { kind: 'office'; office: ForoOffice };

/** Every gap between the Foro's members and Anexo 1's minimum; empty when it is complete. */
export function foroGaps(members: readonly ForoSeatHolder[]): ForoGap[] {
  const gaps: ForoGap[] = [];
  for (const sector of FORO_SECTORS) {
    const entities = new Map<number, Set<string>>();
    for (const member of members) {
      if (member.sector !== sector || member.entityId === null || !member.seat) continue;
      entities.set(member.entityId, (entities.get(member.entityId) ?? new Set()).add(member.seat));
    }
    const seats = [...entities.values()];
    if (seats.some((held) => held.has('principal') && held.has('suplente'))) continue;
    if (seats.length === 0) gaps.push({ kind: 'sector', sector });
    else if (seats.some((held) => held.has('principal'))) gaps.push({ kind: 'suplente', sector });
    else gaps.push({ kind: 'principal', sector });
  }
  for (const office of FORO_OFFICES) {
    if (!members.some((member) => member.office === office)) gaps.push({ kind: 'office', office });
  }
  return gaps;
}
