/**
 * What a flow is: a plain function of (context, state, input) that returns replies and
 * the next state. Flows never import a channel, read the clock or touch the network.
 */
import type { StoredFile } from '../shared/messages.js';
import type { Config } from '../config.js';
import type { Locale, MessageRef, Text } from '../shared/i18n.js';
import type { Db } from '../store/db.js';
import type { DocumentStore } from '../store/documents.js';
import type { Identity, Membership, Person } from '../store/people.js';
import type { ChoiceMeaning } from '../store/schema.js';

/** One answer given to an open conversation. */
export type FlowInput =
  | { kind: 'text'; text: string }
  | { kind: 'choice'; value: string }
  | { kind: 'file'; file: StoredFile };

/** An option offered with a question; its id is assigned by the engine. */
export interface Choice {
  value: string;
  label: Text;
  /** The typed yes or no ("sí, asistiré", "no puedo") that picks this choice. */
  means?: ChoiceMeaning;
}

/** A message for a person, with its choices or file. */
export interface Reply {
  text: Text;
  /** A short line shown before the text in the same message ("Anotado: martes, 8 de diciembre de 2026."). */
  preface?: Text;
  choices?: Choice[];
  /** Whether free text is also accepted as an answer (the default when there are no choices). */
  acceptsText?: boolean;
  /** Whether a file is an answer to this question. */
  acceptsFile?: boolean;
  /**
   * Whether typed numbers are the answer's own (members' numbers in a list), not the
   * options' numbers: a bare number that is also an option's number is then asked about.
   */
  numbersAreText?: boolean;
  /** A stored file to send along. */
  file?: { sha256: string; name: string; mime: string };
}

/** The conversation a question the bot asks on its own opens: the flow that reads the answer, and its state. */
export interface OpenedConversation {
  flow: string;
  flowVersion: number;
  state: unknown;
}

/** How an offered question is kept: its topic (a newer offer on it replaces it), its end, its dedupe key. */
export interface OfferOptions {
  /** What it is about ("attendance:12", "review:4"); a newer offer on the same topic replaces it. */
  topic: string;
  /** The outbox dedupe key: an offer already sent under it is not sent again. */
  dedupeKey?: string;
  /** When it stops being answerable (default: OFFER_TTL_MS from now). */
  expiresAt?: Date;
}

/** What a step returns: the replies, and the next state (none ends the conversation). */
export interface StepResult<S> {
  replies: Reply[];
  next?: S;
}

/** Everything a flow may use while it handles one message; valid for that message only. */
export interface FlowContext {
  readonly now: Date;
  readonly config: Config;
  readonly db: Db;
  readonly documents: DocumentStore;
  readonly identity: Identity;
  /** The sender as a person; undefined until they redeem an invite or register interest. */
  readonly person: Person | undefined;
  readonly memberships: readonly Membership[];
  readonly locale: Locale;
  /** Queues a message for another person, rendered in their locale. */
  notify(personId: number, reply: Reply, options?: { dedupeKey?: string }): void;
  /**
   * Queues a question for another person whose answer (a tap, or a reply) `conversation`
   * reads, even days later and while they are in another conversation. False if the
   * person cannot be reached or the dedupe key was used.
   */
  offer(personId: number, reply: Reply, conversation: OpenedConversation, options: OfferOptions): boolean;
  /** Renders text in the sender's locale (to compose lists inside one message). */
  render(text: Text): string;
  /** Appends a row to the audit log, signed by the sender. */
  audit(action: string, gadId?: number | null, details?: Record<string, unknown>): void;
  /** Links the sender to a person (after onboarding) and refreshes their roles. */
  becomePerson(person: Person): void;
  /** Stores the sender's language (their person's, or a guest's on their identity) and speaks it from now on. */
  chooseLocale(locale: Locale): void;
}

/** A conversation the bot can hold, started by one of its commands. */
export interface Flow<S = unknown> {
  /** Stable id, stored with open conversations. */
  readonly id: string;
  /**
   * The version of its states (1 when absent). Raise it when a change makes stored states
   * unreadable: an open conversation of an older version is told and starts again.
   */
  readonly version?: number;
  /**
   * Whether answers worth keeping (`hasAnswers`) are kept as a draft (DRAFT_TTL_MS) when the
   * person leaves it (idle, or another command) and resumed when they give its command
   * again: long forms.
   */
  readonly keepsDraft?: boolean;
  /** Its command, Spanish first, then the English alias (without the slash). */
  readonly commands: readonly [string, string];
  /**
   * A prefix of `/start` payloads (Telegram deep links) this flow answers: `/start
   * <prefix>REST` starts it with REST as its arguments. Other payloads are invite codes.
   */
  readonly startPayload?: string;
  /** Its one-line description, shown by /ayuda and the Telegram menu. */
  readonly description: MessageRef;
  /** Whether the sender may start it (roles, local government). */
  available(ctx: FlowContext): boolean;
  /** Starts the conversation; `args` is the text after the command. */
  start(ctx: FlowContext, args: string): StepResult<S>;
  /** Handles one answer. */
  step(ctx: FlowContext, state: S, input: FlowInput): StepResult<S>;
  /**
   * What the flow asks someone who just redeemed an invite, if anything (e.g. their full
   * name, asked once), given the welcome they are owed: its replies carry the welcome. The
   * engine starts the first flow that answers.
   */
  join?(ctx: FlowContext, welcome: Reply): StepResult<S> | undefined;
  /**
   * Whether a conversation in this state holds answers worth keeping: /cancelar then asks
   * before discarding them.
   */
  hasAnswers?(state: S): boolean;
  /**
   * Whether its conversations are ones the bot opened on its own and that step aside: a
   * file or a button press sent while one is open is handled as if none were open.
   */
  readonly soft?: boolean;
}

/** The version of a flow's states (1 unless the flow says otherwise). */
export function flowVersion(flow: Pick<Flow, 'version'>): number {
  return flow.version ?? 1;
}
