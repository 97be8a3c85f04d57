/**
 * The co-creation register: each GAD's public call code, the proposals sent through the
 * bot or imported from Decidim or CONSUL, and the Foro's reasoned response to each.
 */
import { randomInt } from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import type { ProposalOutcome, ProposalSource } from '../domain/cocreation.js';
import type { Db } from './db.js';
import { PUBLIC_PLAN_CONDITION } from './public-record.js';
import { proposalCalls, proposals } from './schema.js';

/** A proposal row. */
export type Proposal = typeof proposals.$inferSelect;

/** Letters and digits nobody confuses (no 0/O, 1/I/L). */
const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
/** How many symbols a call code has. */
const CODE_LENGTH = 6;

/** A typed code as stored: upper case, without spaces or dashes; undefined if it cannot be one. */
export function normalizeCallCode(typed: string): string | undefined {
  const code = typed.toUpperCase().replace(/[\s-]/g, '');
  return code.length === CODE_LENGTH && [...code].every((c) => CODE_ALPHABET.includes(c)) ? code : undefined;
}

/** The GAD's call code, made the first time it is asked for. */
export function callCodeOf(db: Db, gadId: number, by: { personId: number | null; now: Date }): string {
  const existing = db.select().from(proposalCalls).where(eq(proposalCalls.gadId, gadId)).get();
  if (existing) return existing.code;
  for (;;) {
    let code = '';
    for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
    const inserted = db.insert(proposalCalls).values({ gadId, code, openedByPersonId: by.personId, createdAt: by.now }).onConflictDoNothing().returning().get();
    if (inserted) return code;
  }
}

/** The GAD's call code, if it has one (the portal shows it). */
export function existingCallCode(db: Db, gadId: number): string | undefined {
  return db.select({ code: proposalCalls.code }).from(proposalCalls).where(eq(proposalCalls.gadId, gadId)).get()?.code;
}

/** The GAD whose call a typed code opens. */
export function gadIdOfCall(db: Db, typed: string): number | undefined {
  const code = normalizeCallCode(typed);
  return code ? db.select({ gadId: proposalCalls.gadId }).from(proposalCalls).where(eq(proposalCalls.code, code)).get()?.gadId : undefined;
}

/** A proposal as it arrives. */
export interface NewProposal {
  gadId: number;
  source: ProposalSource;
  externalId: string | null;
  title: string;
  description: string;
  authorName: string | null;
  authorContact: string | null;
  authorPersonId: number | null;
  consentAt: Date | null;
}

/** Adds a proposal; an imported one already there (same platform and id) is left as it is: undefined. */
export function addProposal(db: Db, proposal: NewProposal, now: Date): Proposal | undefined {
  return db
    .insert(proposals)
    .values({ ...proposal, createdAt: now })
    .onConflictDoNothing()
    .returning()
    .get();
}

/** The proposal with that id. */
export function proposalById(db: Db, id: number): Proposal | undefined {
  return db.select().from(proposals).where(eq(proposals.id, id)).get();
}

/** A GAD's proposals not yet answered, oldest first. */
export function pendingProposals(db: Db, gadId: number): Proposal[] {
  return db.select().from(proposals).where(and(eq(proposals.gadId, gadId), eq(proposals.status, 'pending'))).orderBy(asc(proposals.id)).all();
}

/** A GAD's proposals, oldest first. */
export function proposalsOfGad(db: Db, gadId: number): Proposal[] {
  return db.select().from(proposals).where(eq(proposals.gadId, gadId)).orderBy(asc(proposals.id)).all();
}

/** The proposals in a plan's register (those answered for it), oldest first. */
export function proposalsOf(db: Db, planId: number): Proposal[] {
  return db.select().from(proposals).where(eq(proposals.planId, planId)).orderBy(asc(proposals.id)).all();
}

/** The Foro's reasoned response. */
export interface ProposalResponse {
  outcome: ProposalOutcome;
  planId: number;
  commitmentId: number | null;
  mergedIntoId: number | null;
  response: string;
}

/** Records the response to a pending proposal; false if it was answered meanwhile. */
export function answerProposal(db: Db, id: number, answer: ProposalResponse, by: { personId: number | null; now: Date }): boolean {
  const { outcome, ...rest } = answer;
  const changed = db
    .update(proposals)
    .set({ status: outcome, ...rest, respondedByPersonId: by.personId, respondedAt: by.now })
    .where(and(eq(proposals.id, id), eq(proposals.status, 'pending')))
    .run();
  return changed.changes === 1;
}

/** A proposal row of the national open data. */
export type OpenProposalRow = Record<string, string | number | null>;

/** Every answered proposal of a published or closed plan (no contact, no person id). */
export function openProposals(db: Db): OpenProposalRow[] {
  return db.$client
    .prepare(
      `SELECT pr.id AS proposal_id, pr.plan_id, pr.gad_id, pr.source, pr.external_id, pr.title, pr.description, pr.author_name,
              pr.status, pr.commitment_id, pr.merged_into_id, pr.response, pr.created_at, pr.responded_at
         FROM proposals pr JOIN plans p ON p.id = pr.plan_id JOIN gads g ON g.id = pr.gad_id
        WHERE ${PUBLIC_PLAN_CONDITION}
        ORDER BY pr.id`,
    )
    .all() as OpenProposalRow[];
}

