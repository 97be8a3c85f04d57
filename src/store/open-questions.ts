/**
 * Questions an identity may answer besides its open conversation (see `openQuestions`
 * in schema.ts): offers, a conversation set aside, drafts of long forms, and the
 * engine's own prompts. Expired rows are never returned and are removed when next read.
 */
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from './db.js';
import { prepared } from './prepared.js';
import { openQuestions, type OfferedChoices } from './schema.js';

/** What an open question is. */
export type QuestionKind = 'offer' | 'suspended' | 'draft' | 'prompt';

/** An open question, as stored. */
export interface OpenQuestion {
  id: number;
  kind: QuestionKind;
  topic: string;
  flow: string;
  flowVersion: number;
  state: unknown;
  offered: OfferedChoices;
  createdAt: Date;
  updatedAt: Date;
  expiresAt: Date;
}

/** A question to store: everything but its id. */
export type NewQuestion = Omit<OpenQuestion, 'id'>;

function fromRow(row: typeof openQuestions.$inferSelect): OpenQuestion {
  return {
    id: row.id,
    kind: row.kind as QuestionKind,
    topic: row.topic,
    flow: row.flow,
    flowVersion: row.flowVersion,
    state: row.state,
    offered: row.choices,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    expiresAt: row.expiresAt,
  };
}

/** The identity's open questions not yet expired, oldest first; expired ones are removed. */
export function openQuestionsOf(db: Db, identityId: number, now: Date): OpenQuestion[] {
  const rows = prepared(db, 'openQuestionsOf', () =>
    db
      .select()
      .from(openQuestions)
      .where(eq(openQuestions.identityId, sql.placeholder('identityId')))
      .orderBy(asc(openQuestions.updatedAt), asc(openQuestions.id))
      .prepare(),
  )
    .all({ identityId })
    .map(fromRow);
  const expired = rows.filter((row) => row.expiresAt.getTime() <= now.getTime());
  for (const row of expired) removeQuestion(db, row.id);
  return expired.length ? rows.filter((row) => !expired.includes(row)) : rows;
}

/** Stores a question, replacing the identity's question of the same kind and topic. */
export function putQuestion(db: Db, identityId: number, question: NewQuestion): void {
  prepared(db, 'putQuestion', () =>
    db
      .insert(openQuestions)
      .values({
        identityId: sql.placeholder('identityId'),
        kind: sql.placeholder('kind'),
        topic: sql.placeholder('topic'),
        flow: sql.placeholder('flow'),
        flowVersion: sql.placeholder('flowVersion'),
        state: sql.placeholder('state'),
        choices: sql.placeholder('choices'),
        createdAt: sql.placeholder('createdAt'),
        updatedAt: sql.placeholder('updatedAt'),
        expiresAt: sql.placeholder('expiresAt'),
      })
      .onConflictDoUpdate({
        target: [openQuestions.identityId, openQuestions.kind, openQuestions.topic],
        set: {
          flow: sql`excluded.flow`,
          flowVersion: sql`excluded.flow_version`,
          state: sql`excluded.state`,
          choices: sql`excluded.choices`,
          createdAt: sql`excluded.created_at`,
          updatedAt: sql`excluded.updated_at`,
          expiresAt: sql`excluded.expires_at`,
        },
      })
      .prepare(),
  ).run({
    identityId,
    kind: question.kind,
    topic: question.topic,
    flow: question.flow,
    flowVersion: question.flowVersion,
    state: question.state ?? null,
    choices: question.offered,
    createdAt: question.createdAt,
    updatedAt: question.updatedAt,
    expiresAt: question.expiresAt,
  });
}

/** Removes one open question. */
export function removeQuestion(db: Db, id: number): void {
  prepared(db, 'removeQuestion', () => db.delete(openQuestions).where(eq(openQuestions.id, sql.placeholder('id'))).prepare()).run({ id });
}

/** Withdraws every offer on a topic, whoever holds it (the matter was settled elsewhere). */
export function withdrawOffers(db: Db, topic: string): number {
  return db
    .delete(openQuestions)
    .where(and(eq(openQuestions.kind, 'offer'), eq(openQuestions.topic, topic)))
    .run().changes;
}
