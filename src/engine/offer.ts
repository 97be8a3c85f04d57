/**
 * Questions the bot asks on its own (an invitation's "will you attend?"), answerable
 * with one tap: the message opens a conversation for the recipient, as if they had
 * started the flow themselves. It opens one only when that cuts nothing short — the
 * recipient has no open conversation, an idle one, or one of the same flow; otherwise
 * the question goes without its choices and its text says how to answer later.
 */
import type { Config } from '../config.js';
import type { Reply } from './types.js';
import { loadConversation, saveConversation } from '../store/conversations.js';
import type { Db } from '../store/db.js';
import { personById, reachableIdentity } from '../store/people.js';
import type { Notifier } from './notifier.js';

/** What offering a question needs. */
export interface OfferDeps {
  db: Db;
  config: Config;
  notifier: Notifier;
}

/** The conversation a question opens: the flow that will read the answer, and its state. */
export interface OpenedConversation {
  flow: string;
  flowVersion: number;
  state: unknown;
}

/**
 * Queues `reply` for a person and, when possible, opens `conversation` so its choices can
 * be answered. Returns false if the person cannot be reached or the key was used.
 */
export function offerToPerson(
  deps: OfferDeps,
  personId: number,
  reply: Reply,
  conversation: OpenedConversation,
  options: { now: Date; dedupeKey: string },
): boolean {
  const person = personById(deps.db, personId);
  const identity = person && reachableIdentity(deps.db, personId);
  if (!person || !identity) return false;
  const open = loadConversation(deps.db, identity.id);
  const free =
    !open || open.flow === conversation.flow || options.now.getTime() - open.updatedAt.getTime() > deps.config.conversationIdleMs;
  const { choices, acceptsText, ...plain } = reply;
  const { payload, offered } = deps.notifier.render(deps.notifier.localeOf(person.locale), free ? reply : plain);
  if (!deps.notifier.toIdentity(identity, payload, options)) return false;
  if (free && choices) saveConversation(deps.db, identity.id, { ...conversation, offered, updatedAt: options.now });
  return true;
}
