import { eq } from 'drizzle-orm';
import type { Db } from './db.js';
import { conversations, type OfferedChoices } from './schema.js';

export type { OfferedChoices };

/** An open conversation: which flow, its state, what it offered. */
export interface Conversation {
  flow: string;
  state: unknown;
  offered: OfferedChoices;
  updatedAt: Date;
}

/** The open conversation of an identity, if any. */
export function loadConversation(db: Db, identityId: number): Conversation | undefined {
  const row = db.select().from(conversations).where(eq(conversations.identityId, identityId)).get();
  if (!row) return undefined;
  return { flow: row.flow, state: row.state, offered: row.choices, updatedAt: row.updatedAt };
}

/** Writes (creates or replaces) the open conversation of an identity. */
export function saveConversation(db: Db, identityId: number, conversation: Conversation): void {
  const values = {
    flow: conversation.flow,
    state: conversation.state ?? null,
    choices: conversation.offered,
    updatedAt: conversation.updatedAt,
  };
  db.insert(conversations)
    .values({ identityId, ...values })
    .onConflictDoUpdate({ target: conversations.identityId, set: values })
    .run();
}

/** Ends the open conversation of an identity. */
export function endConversation(db: Db, identityId: number): void {
  db.delete(conversations).where(eq(conversations.identityId, identityId)).run();
}
