/**
 * The Foro's quorum and decisions. Anexo 1 gives each entity of the Foro a seat held by a
 * principal and a suplente; the bot counts entities, not people: an entity is present when
 * its principal or its suplente (or both) attended, and it casts one vote. A session has
 * quorum when a majority of the entities with seats is present (more than half). The Foro's
 * own normativa may set another rule; this is the one place to change it.
 */
import { FORO_SECTORS, type ForoSector } from './roles.js';

/** What a decision is about: approving the action plan, approving the normativa, or anything else. */
export const DECISION_SUBJECTS = ['plan', 'normativa', 'other'] as const;
/** One of DECISION_SUBJECTS. */
export type DecisionSubject = (typeof DECISION_SUBJECTS)[number];

/** Whether a text is a decision subject. */
export function isDecisionSubject(value: string): value is DecisionSubject {
  return (DECISION_SUBJECTS as readonly string[]).includes(value);
}

/** A Foro seat holder, as quorum needs it. */
export interface SeatHolder {
  personId: number;
  entityId: number | null;
  entity: string | null;
  sector: string | null;
}

/** The entity a seat holder represents: its id, else its name, else the person alone. */
export function entityKey(holder: SeatHolder): string {
  if (holder.entityId !== null) return `id:${holder.entityId}`;
  if (holder.entity) return `name:${holder.entity.trim().toLowerCase()}`;
  return `person:${holder.personId}`;
}

/** A session's quorum: entities present, entities with seats, how many are needed, and whether it is met. */
export interface Quorum {
  present: number;
  seats: number;
  required: number;
  met: boolean;
}

/** How many entities make quorum out of `seats`: more than half. */
export function quorumRequired(seats: number): number {
  return Math.floor(seats / 2) + 1;
}

/** The quorum of a session given the Foro's seat holders and the people who attended. */
export function quorumOf(holders: readonly SeatHolder[], attended: ReadonlySet<number>): Quorum {
  const seats = new Set(holders.map(entityKey));
  const present = new Set(holders.filter((holder) => attended.has(holder.personId)).map(entityKey));
  const required = quorumRequired(seats.size);
  return { present: present.size, seats: seats.size, required, met: seats.size > 0 && present.size >= required };
}

/** Votes on a motion, one per entity present. */
export interface Votes {
  for: number;
  against: number;
  abstain: number;
}

/** Why votes cannot be recorded, if they cannot: more votes than entities present. */
export function votesProblem(votes: Votes, present: number): 'too_many' | undefined {
  return votes.for + votes.against + votes.abstain > present ? 'too_many' : undefined;
}

/** A motion passes with more votes for than against. */
export function outcomeOf(votes: Votes): 'approved' | 'rejected' {
  return votes.for > votes.against ? 'approved' : 'rejected';
}

/** Whether a seat holder represents a non-government sector (academia, civil society, private sector). */
export function isNonGovernment(holder: Pick<SeatHolder, 'sector'>): boolean {
  return holder.sector !== null && (FORO_SECTORS as readonly string[]).includes(holder.sector) && (holder.sector as ForoSector) !== 'gobierno_local';
}

/** A recorded decision, as the rules need it. */
export interface DecisionFacts {
  quorum: boolean;
  outcome: string;
}

/** Whether a recorded decision counts: taken with quorum and approved. */
export function decisionCounts(decision: DecisionFacts): boolean {
  return decision.quorum && decision.outcome === 'approved';
}
