import { eq, sql } from 'drizzle-orm';
import type { Db } from './db.js';
import { prepared } from './prepared.js';
import { conversations, type OfferedChoices } from './schema.js';

export type { OfferedChoices };

/** An open conversation: which flow (and its version), its state, what it offered. */
export interface Conversation {
  flow: string;
  flowVersion: number;
  state: unknown;
  offered: OfferedChoices;
  updatedAt: Date;
}

/** The open conversation of an identity, if any. */
export function loadConversation(db: Db, identityId: number): Conversation | undefined {
  const row = prepared(db, 'loadConversation', () =>
    db.select().from(conversations).where(eq(conversations.identityId, sql.placeholder('identityId'))).prepare(),
  ).get({ identityId });
  if (!row) return undefined;
  return { flow: row.flow, flowVersion: row.flowVersion, state: row.state, offered: row.choices, updatedAt: row.updatedAt };
}

/** Writes (creates or replaces) the open conversation of an identity. */
export function saveConversation(db: Db, identityId: number, conversation: Conversation): void {
  const values = {
    flow: conversation.flow,
    flowVersion: conversation.flowVersion,
    state: conversation.state ?? null,
    choices: conversation.offered,
    updatedAt: conversation.updatedAt,
  };
  prepared(db, 'saveConversation', () =>
    db
      .insert(conversations)
      .values({
        identityId: sql.placeholder('identityId'),
        flow: sql.placeholder('flow'),
        flowVersion: sql.placeholder('flowVersion'),
        state: sql.placeholder('state'),
        choices: sql.placeholder('choices'),
        updatedAt: sql.placeholder('updatedAt'),
      })
      .onConflictDoUpdate({
        target: conversations.identityId,
        set: { flow: sql`excluded.flow`, flowVersion: sql`excluded.flow_version`, state: sql`excluded.state`, choices: sql`excluded.choices`, updatedAt: sql`excluded.updated_at` },
      })
      .prepare(),
  ).run({ identityId, ...values });
}

/** Ends the open conversation of an identity. */
export function endConversation(db: Db, identityId: number): void {
  prepared(db, 'endConversation', () =>
    db.delete(conversations).where(eq(conversations.identityId, sql.placeholder('identityId'))).prepare(),
  ).run({ identityId });
}
