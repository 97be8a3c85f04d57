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

/** One answer given to an open conversation. */
export type FlowInput =
  | { kind: 'text'; text: string }
  | { kind: 'choice'; value: string }
  | { kind: 'file'; file: StoredFile };

/** An option offered with a question; its id is assigned by the engine. */
export interface Choice {
  value: string;
  label: Text;
}

/** A message for a person, with its choices or file. */
export interface Reply {
  text: Text;
  choices?: Choice[];
  /** Whether free text is also accepted as an answer to these choices. */
  acceptsText?: boolean;
  /** A stored file to send along. */
  file?: { sha256: string; name: string; mime: string };
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
  /** Renders text in the sender's locale (to compose lists inside one message). */
  render(text: Text): string;
  /** Appends a row to the audit log, signed by the sender. */
  audit(action: string, gadId?: number | null, details?: Record<string, unknown>): void;
  /** Links the sender to a person (after onboarding) and refreshes their roles. */
  becomePerson(person: Person): void;
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
