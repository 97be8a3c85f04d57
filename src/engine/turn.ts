/**
 * One inbound message being handled: the FlowContext a flow sees. Its replies and
 * notifications go to the outbox through the Notifier, in each recipient's locale.
 */
import type { Config } from '../config.js';
import type { Notifier, Rendered } from './notifier.js';
import { offerToPerson } from './offer.js';
import type { Locale, Text, Translator } from '../shared/i18n.js';
import { audit } from '../store/audit.js';
import type { OfferedChoices } from '../store/conversations.js';
import type { Db } from '../store/db.js';
import type { DocumentStore } from '../store/documents.js';
import { membershipsOf, personById, setIdentityLocale, setLocale, type Identity, type Membership, type Person } from '../store/people.js';
import type { FlowContext, OfferOptions, OpenedConversation, Reply } from './types.js';

/** A FlowContext bound to one inbound message. */
export class Turn implements FlowContext {
  person: Person | undefined;
  memberships: Membership[];
  locale: Locale;
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
    this.locale = notifier.localeOf(this.person?.locale ?? identity.locale ?? undefined);
  }

  becomePerson(person: Person): void {
    this.person = person;
    this.memberships = membershipsOf(this.db, person.id);
    this.locale = this.notifier.localeOf(person.locale);
  }

  chooseLocale(locale: Locale): void {
    if (this.person) {
      setLocale(this.db, this.person.id, locale);
      this.person = { ...this.person, locale };
    } else if (this.identity.id > 0) {
      setIdentityLocale(this.db, this.identity.id, locale);
    }
    this.locale = locale;
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

  offer(personId: number, reply: Reply, conversation: OpenedConversation, options: OfferOptions): boolean {
    return offerToPerson({ db: this.db, config: this.config, notifier: this.notifier }, personId, reply, conversation, { now: this.now, ...options });
  }

  /** Sends replies to the sender; returns them rendered (what each asked). */
  reply(replies: readonly Reply[]): Rendered[] {
    return replies.map((reply) => {
      const rendered = this.notifier.render(this.locale, reply);
      this.notifier.toIdentity(this.identity, rendered.payload, { now: this.now });
      return rendered;
    });
  }

  /**
   * Repeats an open question under the same choice ids. A hint replaces its text, or
   * comes before it with `repeatQuestion` ("sigamos donde íbamos" and the question again).
   */
  reoffer(offered: OfferedChoices, hint?: Reply, options: { repeatQuestion?: boolean } = {}): void {
    const choices = Object.entries(offered.byId).map(([id, choice]) => ({ id, label: choice.label }));
    const prompt = offered.prompt ?? { text: '' };
    const said = hint ? this.translator.render(this.locale, hint.text) : '';
    const text = !hint ? prompt.text : options.repeatQuestion && prompt.text ? `${said}\n\n${prompt.text}` : said;
    // A question stored before questions kept their text cannot be repeated; its buttons still work.
    if (!text) return;
    const key = hint ? ('key' in hint.text ? { key: hint.text.key } : {}) : prompt.key ? { key: prompt.key } : {};
    this.notifier.toIdentity(this.identity, { ...key, text, ...(choices.length ? { choices } : {}) }, { now: this.now });
  }
}
