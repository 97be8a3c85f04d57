/**
 * Questions the bot asks on its own (an invitation's "will you attend?", "Revisar" on a
 * new interest, a stalled step's "Subir"), answerable with one tap: the message carries
 * its choices and is kept as an open question of the recipient, beside whatever
 * conversation they are in. It is answerable by its buttons, or by a typed reply that
 * fits it (the engine asks which question a reply answers when several fit), until it
 * expires — OFFER_TTL_MS by default, not the conversation idle timeout: an invitation
 * is answered days later — or until a newer offer on the same topic replaces it. The
 * flow that reads the answer checks again that it still applies.
 */
import type { Config } from '../config.js';
import type { OfferOptions, OpenedConversation, Reply } from './types.js';
import type { Db } from '../store/db.js';
import { putQuestion } from '../store/open-questions.js';
import { personById, reachableIdentity } from '../store/people.js';
import type { Notifier } from './notifier.js';
import { DAY_MS } from '../shared/clock.js';

/** How long an offered question stays answerable unless its offer says otherwise. */
export const OFFER_TTL_MS = 30 * DAY_MS;

/** What offering a question needs. */
export interface OfferDeps {
  db: Db;
  config: Config;
  notifier: Notifier;
}

/**
 * Queues `reply` for a person and keeps it as an open question that `conversation`
 * answers. Returns false if the person cannot be reached or the dedupe key was used.
 */
export function offerToPerson(
  deps: OfferDeps,
  personId: number,
  reply: Reply,
  conversation: OpenedConversation,
  options: OfferOptions & { now: Date },
): boolean {
  const person = personById(deps.db, personId);
  const identity = person && reachableIdentity(deps.db, personId);
  if (!person || !identity) return false;
  const { payload, offered } = deps.notifier.render(deps.notifier.localeOf(person.locale), reply);
  const queued = deps.notifier.toIdentity(identity, payload, { now: options.now, ...(options.dedupeKey ? { dedupeKey: options.dedupeKey } : {}) });
  if (!queued) return false;
  const expiresAt = options.expiresAt ?? new Date(options.now.getTime() + OFFER_TTL_MS);
  putQuestion(deps.db, identity.id, { kind: 'offer', topic: options.topic, ...conversation, offered, createdAt: options.now, updatedAt: options.now, expiresAt });
  return true;
}
