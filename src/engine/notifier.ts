/**
 * Renders replies in a recipient's locale and writes them to the outbox: the one path
 * by which flows, the scheduler and the channels reach a person.
 */
import { randomBytes } from 'node:crypto';
import type { Config } from '../config.js';
import type { Reply } from './types.js';
import { isLocale, type Locale, type Translator } from '../shared/i18n.js';
import type { OfferedChoices } from '../store/conversations.js';
import type { Db } from '../store/db.js';
import { enqueue } from '../store/outbox.js';
import { personById, reachableIdentity, type Identity } from '../store/people.js';
import type { OutboxPayload } from '../store/schema.js';

/** A rendered reply and the choices it offers, by opaque id. */
export interface Rendered {
  payload: OutboxPayload;
  offered: OfferedChoices;
}

/** Message arguments that carry a credential (an invite code): blanked from the outbox once sent. */
const CREDENTIAL_ARGS: readonly string[] = ['code'];

/** The credentials a reply's text carries. */
function credentialsIn(reply: Reply): string[] {
  const args = 'key' in reply.text ? reply.text.args : undefined;
  return CREDENTIAL_ARGS.map((name) => args?.[name]).filter((value): value is string => typeof value === 'string' && value.length > 0);
}

/** Renders and queues messages. */
export class Notifier {
  constructor(
    private readonly db: Db,
    private readonly translator: Translator,
    private readonly config: Config,
  ) {}

  /** The locale to use for a person (their own, else the default). */
  localeOf(locale: string | undefined): Locale {
    return locale && isLocale(locale) ? locale : this.config.defaultLocale;
  }

  /**
   * Renders a reply in `locale`, giving each choice a fresh opaque id. The question it asks
   * (`offered`) keeps its text without the preface, to be repeated later.
   */
  render(locale: Locale, reply: Reply): Rendered {
    const key = 'key' in reply.text ? { key: reply.text.key } : {};
    const text = this.translator.render(locale, reply.text);
    const shown = reply.preface ? `${this.translator.render(locale, reply.preface)}\n\n${text}` : text;
    const payload: OutboxPayload = { ...key, text: shown };
    const offered: OfferedChoices = {
      byId: {},
      acceptsText: reply.acceptsText ?? !reply.choices?.length,
      ...(reply.acceptsFile ? { acceptsFile: true } : {}),
      ...(reply.numbersAreText ? { numbersAreText: true } : {}),
      prompt: { ...key, text },
    };
    if (reply.choices?.length) {
      // One call to the random source for all the ids: a call per choice was about 40 % of render in the bench profile.
      const random = randomBytes(6 * reply.choices.length);
      payload.choices = reply.choices.map((choice, index) => {
        const id = random.subarray(6 * index, 6 * index + 6).toString('base64url');
        const label = this.translator.render(locale, choice.label);
        offered.byId[id] = { value: choice.value, label, ...(choice.means ? { means: choice.means } : {}) };
        return { id, label };
      });
    }
    if (payload.choices && offered.acceptsText) payload.acceptsText = true;
    if (reply.file) payload.file = reply.file;
    const secrets = credentialsIn(reply);
    if (secrets.length > 0) payload.secrets = secrets;
    return { payload, offered };
  }

  /** Queues a rendered payload for an identity; false if unreachable or a duplicate key. */
  toIdentity(identity: Identity, payload: OutboxPayload, options: { now: Date; dedupeKey?: string; notBefore?: Date }): boolean {
    return enqueue(this.db, identity, payload, options);
  }

  /**
   * Queues a reply for a person on the identity the bot reaches them by, in their locale.
   * Returns false when the person cannot be reached or the dedupe key was already used.
   */
  toPerson(personId: number, reply: Reply, options: { now: Date; dedupeKey?: string; notBefore?: Date }): boolean {
    const person = personById(this.db, personId);
    const identity = person && reachableIdentity(this.db, personId);
    if (!person || !identity) return false;
    return enqueue(this.db, identity, this.render(this.localeOf(person.locale), reply).payload, options);
  }
}
