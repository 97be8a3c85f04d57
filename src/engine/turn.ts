/**
 * One inbound message being handled: the FlowContext a flow sees. Its replies and
 * notifications go to the outbox through the Notifier, in each recipient's locale.
 */
import type { Config } from '../config.js';
import type { Notifier } from './notifier.js';
import type { Locale, Text, Translator } from '../shared/i18n.js';
import { audit } from '../store/audit.js';
import type { OfferedChoices } from '../store/conversations.js';
import type { Db } from '../store/db.js';
import type { DocumentStore } from '../store/documents.js';
import { membershipsOf, personById, type Identity, type Membership, type Person } from '../store/people.js';
import type { FlowContext, Reply } from './types.js';

/** A FlowContext bound to one inbound message. */
export class Turn implements FlowContext {
  person: Person | undefined;
  memberships: Membership[];
  locale: Locale;
  /** What the last reply to the sender offered, for the conversation row. */
  offered: OfferedChoices = { byId: {}, acceptsText: true };

  constructor(
    readonly now: Date,
    readonly config: Config,
    readonly db: Db,
    readonly documents: DocumentStore,
    readonly translator: Translator,
    readonly notifier: Notifier,
    readonly identity: Identity,
  ) {
    this.person = identity.personId ? personById(db, identity.personId) : undefined;
    this.memberships = this.person ? membershipsOf(db, this.person.id) : [];
    this.locale = notifier.localeOf(this.person?.locale);
  }

  becomePerson(person: Person): void {
    this.person = person;
    this.memberships = membershipsOf(this.db, person.id);
    this.locale = this.notifier.localeOf(person.locale);
  }

  render(text: Text): string {
    return this.translator.render(this.locale, text);
  }

  audit(action: string, gadId?: number | null, details?: Record<string, unknown>): void {
    audit(this.db, this.now, { personId: this.person?.id, address: `${this.identity.channel}:${this.identity.address}` }, action, gadId, details);
  }

  notify(personId: number, reply: Reply, options: { dedupeKey?: string } = {}): void {
    this.notifier.toPerson(personId, reply, { now: this.now, ...options });
  }

  /** Sends replies to the sender; the choices of the last one become the open offer. */
  reply(replies: readonly Reply[]): void {
    for (const reply of replies) {
      const { payload, offered } = this.notifier.render(this.locale, reply);
      if (reply.choices) this.offered = offered;
      this.notifier.toIdentity(this.identity, payload, { now: this.now });
    }
  }

  /** Re-sends the open offer's choices under the same ids, after a hint. */
  reoffer(hint: Reply, offered: OfferedChoices): void {
    const text = this.translator.render(this.locale, hint.text);
    const choices = Object.entries(offered.byId).map(([id, choice]) => ({ id, label: choice.label }));
    const key = 'key' in hint.text ? { key: hint.text.key } : {};
    this.notifier.toIdentity(this.identity, { ...key, text, ...(choices.length ? { choices } : {}) }, { now: this.now });
    this.offered = offered;
  }
}
