/**
 * The engine: handles one inbound message in one synchronous SQLite transaction —
 * dedupe, identity, roles, the open conversation, one flow step, state changes, audit
 * rows and outbox rows — all or nothing.
 */
import type { Logger } from 'pino';
import type { ChannelId, Inbound } from '../shared/messages.js';
import type { Clock } from '../shared/clock.js';
import type { Config } from '../config.js';
import type { Notifier } from './notifier.js';
import { m, type Translator } from '../shared/i18n.js';
import { endConversation, loadConversation, saveConversation, type Conversation } from '../store/conversations.js';
import { inTransaction, type Db } from '../store/db.js';
import type { DocumentStore } from '../store/documents.js';
import { findIdentity, guestIdentity, upsertIdentity } from '../store/people.js';
import { markProcessed } from '../store/processed-inbound.js';
import { guardStore, isStoreUnavailable, StoreUnavailableError } from '../store/unavailable.js';
import { foldText, stripControlCharacters } from '../shared/text.js';
import { commandName, helpReplies, startReplies } from './help.js';
import { looksLikeInviteCode, redeemInvite } from './onboarding.js';
import { askingToDiscard, DISCARD_NO, DISCARD_YES, discardQuestion } from './cancel.js';
import { unfiledUpload, uploadRefusedReply } from './receipts.js';
import { SenderLimit } from './sender-limit.js';
import { Turn } from './turn.js';
import { flowVersion, type Flow, type FlowInput, type StepResult } from './types.js';

/** How one inbound message ended. */
export type HandleOutcome = 'handled' | 'duplicate' | 'failed';

/** Everything the engine needs. */
export interface EngineDeps {
  db: Db;
  config: Config;
  documents: DocumentStore;
  translator: Translator;
  notifier: Notifier;
  clock: Clock;
  flows: readonly Flow[];
  logger: Logger;
}

/** The longest text the engine reads; the rest is dropped. */
const MAX_TEXT_LENGTH = 4000;

/** Handles inbound messages against the flows. */
export class Engine {
  private readonly byCommand = new Map<string, Flow>();
  private readonly byId = new Map<string, Flow>();
  private readonly strangers: SenderLimit;

  constructor(private readonly deps: EngineDeps) {
    this.strangers = new SenderLimit(deps.config.unregisteredPerMinute);
    for (const flow of deps.flows) {
      this.byId.set(flow.id, flow);
      for (const command of flow.commands) this.byCommand.set(command, flow);
    }
  }

  /**
   * Handles one message. If a flow fails, its changes are rolled back, the message is
   * still recorded (a poison message is not retried forever) and the sender gets an apology.
   * If the store itself fails (locked, full, I/O), nothing is recorded and a
   * StoreUnavailableError is thrown: the channel must leave the message unconfirmed.
   */
  handle(inbound: Inbound): HandleOutcome {
    const now = this.deps.clock.now();
    try {
      return inTransaction(this.deps.db, () => this.process(inbound, now));
    } catch (error) {
      if (isStoreUnavailable(error)) throw new StoreUnavailableError(error);
      this.deps.logger.error({ err: error, channel: inbound.channel }, 'inbound message failed');
      return guardStore(() =>
        inTransaction(this.deps.db, () => {
          if (!markProcessed(this.deps.db, inbound.channel, inbound.externalId, now)) return 'duplicate';
          const turn = this.newTurn(inbound, now);
          turn.reply([{ text: m('error-internal') }]);
          return 'failed';
        }),
      );
    }
  }

  /** A turn for an inbound message (identity found or created). */
  newTurn(inbound: Inbound, now: Date): Turn {
    const identity = upsertIdentity(this.deps.db, inbound.channel, inbound.address, inbound.displayName, now, inbound.aliases);
    return new Turn(now, this.deps.config, this.deps.db, this.deps.documents, this.deps.translator, this.deps.notifier, identity);
  }

  /** A turn for whoever is behind an address, without writing anything (for menus). */
  newTurnReadOnly(channel: ChannelId, address: string, now: Date): Turn {
    const identity = findIdentity(this.deps.db, channel, address) ?? guestIdentity(channel, address, now);
    return new Turn(now, this.deps.config, this.deps.db, this.deps.documents, this.deps.translator, this.deps.notifier, identity);
  }

  private process(inbound: Inbound, now: Date): HandleOutcome {
    if (!markProcessed(this.deps.db, inbound.channel, inbound.externalId, now)) return 'duplicate';
    const turn = this.newTurn(inbound, now);
    if (!turn.person) {
      // A stranger flooding the bot: one notice, then silence for the rest of the minute.
      const verdict = this.strangers.check(`${inbound.channel}:${inbound.address}`, now);
      if (verdict === 'notify') {
        turn.audit('sender.limited', null, { perMinute: this.deps.config.unregisteredPerMinute });
        turn.reply([{ text: m('sender-limited') }]);
      }
      if (verdict !== 'handle') return 'handled';
    }
    let conversation = loadConversation(this.deps.db, turn.identity.id);
    if (conversation && now.getTime() - conversation.updatedAt.getTime() > this.deps.config.conversationIdleMs) {
      endConversation(this.deps.db, turn.identity.id);
      conversation = undefined;
      turn.reply([{ text: m('conversation-expired') }]);
    }
    if (conversation && (inbound.file || inbound.choiceId !== undefined) && this.byId.get(conversation.flow)?.soft) {
      // A question the bot asked on its own steps aside: the file or the press is handled as if it had not been asked.
      endConversation(this.deps.db, turn.identity.id);
      conversation = undefined;
    }
    const text = inbound.text === undefined ? undefined : stripControlCharacters(inbound.text).slice(0, MAX_TEXT_LENGTH).trim();

    if (inbound.refusedFile) {
      turn.audit('upload.refused', null, { reason: inbound.refusedFile.reason, name: inbound.refusedFile.name });
      turn.reply([uploadRefusedReply(inbound.refusedFile)]);
    } else if (text?.startsWith('/') && !inbound.file) {
      this.command(turn, conversation, text);
    } else if (inbound.choiceId !== undefined) {
      // Own keys only: a forged id such as "constructor" must not find Object.prototype's.
      const offered = conversation?.offered.byId;
      const choice = offered && Object.hasOwn(offered, inbound.choiceId) ? offered[inbound.choiceId] : undefined;
      if (conversation && choice) this.step(turn, conversation, { kind: 'choice', value: choice.value });
      else {
        // A stale button, or an id taken from someone else's chat: refused, and on record.
        turn.audit('choice.refused', null, { choiceId: inbound.choiceId.slice(0, 64), flow: conversation?.flow ?? null });
        turn.reply([{ text: m('choice-stale') }]);
      }
    } else if (inbound.file) {
      if (conversation) this.step(turn, conversation, { kind: 'file', file: inbound.file });
      else turn.reply(unfiledUpload(turn, inbound.file));
    } else if (text) {
      this.text(turn, conversation, text);
    } else {
      turn.reply([{ text: m('message-unsupported') }]);
    }
    return 'handled';
  }

  private command(turn: Turn, conversation: Conversation | undefined, text: string): void {
    const [head = '', ...rest] = text.slice(1).split(/\s+/);
    const name = foldText(head.replace(/@\w*$/, ''));
    const args = rest.join(' ').trim();
    if (name === 'start') {
      const linked = this.deps.flows.find((flow) => flow.startPayload && args.startsWith(flow.startPayload));
      if (linked) this.apply(turn, linked, linked.start(turn, args.slice(linked.startPayload!.length)));
      else if (args) this.redeem(turn, args, conversation);
      else turn.reply(startReplies(turn, this.availableFlows(turn)));
    } else if (name === 'ayuda' || name === 'help') {
      turn.reply(helpReplies(turn, this.availableFlows(turn), conversation && this.byId.get(conversation.flow)));
      if (conversation) this.keep(turn, conversation);
    } else if (name === 'cancelar' || name === 'cancel') {
      this.cancel(turn, conversation);
    } else {
      const flow = this.byCommand.get(name);
      if (!flow) {
        turn.reply([{ text: m('command-unknown', { command: `/${head.slice(0, 40)}` }) }]);
        if (conversation) this.keep(turn, conversation);
      } else if (!flow.available(turn)) {
        turn.reply([{ text: m('command-not-allowed', { command: commandName(flow, turn.locale) }) }]);
        if (conversation) this.keep(turn, conversation);
      } else {
        this.apply(turn, flow, flow.start(turn, args));
      }
    }
  }

  private text(turn: Turn, conversation: Conversation | undefined, text: string): void {
    if (!conversation) {
      if (looksLikeInviteCode(text)) this.redeem(turn, text);
      else turn.reply([{ text: m(turn.person ? 'no-conversation' : 'start-guest') }]);
      return;
    }
    const choices = Object.values(conversation.offered.byId);
    if (choices.length === 0) return this.step(turn, conversation, { kind: 'text', text });
    const folded = foldText(text);
    const index = /^\d{1,3}$/.test(folded) ? Number(folded) - 1 : -1;
    const chosen = choices[index] ?? choices.find((choice) => foldText(choice.label) === folded);
    if (chosen) this.step(turn, conversation, { kind: 'choice', value: chosen.value });
    else if (conversation.offered.acceptsText) this.step(turn, conversation, { kind: 'text', text });
    else {
      turn.reoffer({ text: m('choice-invalid') }, conversation.offered);
      this.keep(turn, conversation);
    }
  }

  /**
   * A redeemed code starts afresh (the open conversation ends), with whatever a flow asks
   * newcomers (their full name, once); a refused one changes nothing.
   */
  private redeem(turn: Turn, code: string, conversation?: Conversation): void {
    const { redeemed, replies } = redeemInvite(turn, code);
    if (!redeemed) {
      turn.reply(replies);
      if (conversation) this.keep(turn, conversation);
      return;
    }
    endConversation(this.deps.db, turn.identity.id);
    for (const flow of this.deps.flows) {
      const asked = replies.length === 1 ? flow.join?.(turn, replies[0]!) : undefined;
      if (asked) return this.apply(turn, flow, asked);
    }
    turn.reply(replies);
  }

  /** Ends the open conversation; one holding answers worth keeping is asked about first (a second /cancelar confirms). */
  private cancel(turn: Turn, conversation: Conversation | undefined): void {
    const flow = conversation && this.byId.get(conversation.flow);
    if (conversation && flow?.hasAnswers?.(conversation.state) && !askingToDiscard(conversation.offered)) {
      turn.reply([discardQuestion(commandName(flow, turn.locale))]);
      saveConversation(this.deps.db, turn.identity.id, { ...conversation, offered: { ...turn.offered, resume: conversation.offered }, updatedAt: turn.now });
      return;
    }
    endConversation(this.deps.db, turn.identity.id);
    turn.reply([{ text: m(conversation ? 'cancelled' : 'nothing-to-cancel') }]);
  }

  private step(turn: Turn, conversation: Conversation, input: FlowInput): void {
    if (input.kind === 'choice' && askingToDiscard(conversation.offered) && (input.value === DISCARD_YES || input.value === DISCARD_NO)) {
      if (input.value === DISCARD_YES) {
        endConversation(this.deps.db, turn.identity.id);
        return turn.reply([{ text: m('cancelled') }]);
      }
      turn.reoffer({ text: m('cancel-kept') }, conversation.offered.resume);
      return this.keep(turn, { ...conversation, offered: conversation.offered.resume });
    }
    const flow = this.byId.get(conversation.flow);
    if (!flow) {
      endConversation(this.deps.db, turn.identity.id);
      turn.reply([{ text: m('conversation-expired') }]);
      return;
    }
    if (conversation.flowVersion !== flowVersion(flow)) {
      // The flow changed under the open conversation: its state means nothing now. Say so, then start afresh.
      endConversation(this.deps.db, turn.identity.id);
      turn.reply([{ text: m('conversation-flow-changed', { command: commandName(flow, turn.locale) }) }]);
      if (flow.available(turn)) this.apply(turn, flow, flow.start(turn, ''));
      return;
    }
    this.apply(turn, flow, flow.step(turn, conversation.state, input));
  }

  /** Writes a step's replies and its next state (or ends the conversation). */
  private apply(turn: Turn, flow: Flow, result: StepResult<unknown>): void {
    turn.reply(result.replies);
    if (result.next === undefined) endConversation(this.deps.db, turn.identity.id);
    else saveConversation(this.deps.db, turn.identity.id, { flow: flow.id, flowVersion: flowVersion(flow), state: result.next, offered: turn.offered, updatedAt: turn.now });
  }

  /** Keeps the open conversation as it was (its offer included), touching its idle time. */
  private keep(turn: Turn, conversation: Conversation): void {
    saveConversation(this.deps.db, turn.identity.id, { ...conversation, updatedAt: turn.now });
  }

  /** Flows the sender may start now. */
  availableFlows(turn: Turn): Flow[] {
    return this.deps.flows.filter((flow) => flow.available(turn));
  }
}
