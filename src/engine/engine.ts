/**
 * The engine: handles one inbound message in one synchronous SQLite transaction —
 * dedupe, identity, roles, the open questions, one flow step, state changes, audit
 * rows and outbox rows — all or nothing. Typed text is read the way people write it:
 * a choice by number, label, a word of it or a yes/no; a command without its slash
 * when no question wants the text; an invite code inside a longer message.
 */
import type { Logger } from 'pino';
import type { ChannelId, Inbound } from '../shared/messages.js';
import type { Clock } from '../shared/clock.js';
import type { Config } from '../config.js';
import type { Notifier } from './notifier.js';
import { localeOfTag, m, type Translator } from '../shared/i18n.js';
import { inTransaction, type Db } from '../store/db.js';
import type { DocumentStore } from '../store/documents.js';
import { inviteCodeIn } from '../store/invites.js';
import { findIdentity, guestIdentity, upsertIdentity } from '../store/people.js';
import { markProcessed } from '../store/processed-inbound.js';
import { guardStore, isStoreUnavailable, StoreUnavailableError } from '../store/unavailable.js';
import { foldText, stripControlCharacters } from '../shared/text.js';
import { nearestCommand, plainWords } from '../shared/answers.js';
import { isPlainAnswer, matchAnswer } from './answers.js';
import { Dialogue } from './dialogue.js';
import { commandName, helpReplies, startReplies } from './help.js';
import { redeemInvite } from './onboarding.js';
import { answerPrompt, askWhich } from './prompts.js';
import { unfiledUpload, uploadRefusedReply } from './receipts.js';
import { routeText } from './routing.js';
import { SenderLimit } from './sender-limit.js';
import { Turn } from './turn.js';
import type { Flow } from './types.js';

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

/** The engine's own commands, which work at any moment. */
const HELP = ['ayuda', 'help'];
const CANCEL = ['cancelar', 'cancel'];

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
    const identity = upsertIdentity(this.deps.db, inbound.channel, inbound.address, inbound.displayName, now, {
      aliases: inbound.aliases,
      localeHint: localeOfTag(inbound.languageHint),
    });
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
    const dialogue = new Dialogue(turn, this.byId);
    const soft = dialogue.current && this.byId.get(dialogue.current.flow)?.soft;
    const ownChoice = inbound.choiceId !== undefined && dialogue.current !== undefined && Object.hasOwn(dialogue.current.offered.byId, inbound.choiceId);
    if (soft && (inbound.file || (inbound.choiceId !== undefined && !ownChoice))) {
      // A question the bot asked on its own steps aside: the file or the press is handled as if it had not been asked.
      dialogue.end();
    }
    const text = inbound.text === undefined ? undefined : stripControlCharacters(inbound.text).slice(0, MAX_TEXT_LENGTH).trim();

    if (inbound.refusedFile) {
      turn.audit('upload.refused', null, { reason: inbound.refusedFile.reason, name: inbound.refusedFile.name });
      turn.reply([uploadRefusedReply(inbound.refusedFile)]);
    } else if (text?.startsWith('/') && !inbound.file) {
      this.command(turn, dialogue, text);
    } else if (inbound.choiceId !== undefined) {
      this.choice(turn, dialogue, inbound.choiceId);
    } else if (inbound.file) {
      const takers = dialogue.fileTakers();
      if (dialogue.current) dialogue.step('current', { kind: 'file', file: inbound.file });
      else if (takers.length === 1) dialogue.step(takers[0]!.id, { kind: 'file', file: inbound.file });
      else turn.reply(unfiledUpload(turn, inbound.file));
    } else if (text) {
      this.text(turn, dialogue, text);
    } else {
      turn.reply([{ text: m('message-unsupported') }]);
    }
    return 'handled';
  }

  private choice(turn: Turn, dialogue: Dialogue, choiceId: string): void {
    const found = dialogue.findChoice(choiceId);
    if (!found) {
      // A stale button, or an id taken from someone else's chat: refused, and on record.
      turn.audit('choice.refused', null, { choiceId: choiceId.slice(0, 64), flow: dialogue.current?.flow ?? null });
      turn.reply([{ text: m('choice-stale') }]);
    } else if (found.ref === 'prompt') {
      answerPrompt(turn, dialogue, found.value);
    } else {
      dialogue.step(found.ref, { kind: 'choice', value: found.value });
    }
  }

  private command(turn: Turn, dialogue: Dialogue, text: string): void {
    const [head = '', ...rest] = text.slice(1).split(/\s+/);
    const name = foldText(head.replace(/@\w*$/, ''));
    const args = rest.join(' ').trim();
    dialogue.dropPrompt();
    if (name === 'start') {
      const linked = this.deps.flows.find((flow) => flow.startPayload && args.startsWith(flow.startPayload));
      if (linked) dialogue.start(linked, args.slice(linked.startPayload!.length));
      else if (args) this.redeem(turn, dialogue, args);
      else turn.reply(startReplies(turn, this.availableFlows(turn)));
    } else if (HELP.includes(name)) {
      const current = dialogue.current && this.byId.get(dialogue.current.flow);
      turn.reply(helpReplies(turn, this.availableFlows(turn), current));
      // The pending question follows the help, unless the bot asked it on its own (it steps aside).
      if (current?.soft) dialogue.keep();
      else dialogue.repeatCurrent();
    } else if (CANCEL.includes(name)) {
      dialogue.cancel();
    } else {
      const flow = this.byCommand.get(name);
      if (!flow) {
        const suggestion = nearestCommand(name, this.commandsFor(turn));
        const typed = `/${head.slice(0, 40)}`;
        turn.reply([{ text: suggestion ? m('command-did-you-mean', { command: typed, suggestion }) : m('command-unknown', { command: typed }) }]);
        dialogue.keep();
      } else if (!flow.available(turn)) {
        turn.reply([{ text: m('command-not-allowed', { command: commandName(flow, turn.locale) }) }]);
        dialogue.keep();
      } else {
        dialogue.start(flow, args);
      }
    }
  }

  private text(turn: Turn, dialogue: Dialogue, text: string): void {
    const prompt = dialogue.prompt;
    if (prompt) {
      const match = matchAnswer(text, prompt.offered);
      if (match?.kind === 'choice') return answerPrompt(turn, dialogue, prompt.offered.byId[match.id]!.value);
      dialogue.dropPrompt();
    }
    const word = plainWords(text);
    const ownAnswer = dialogue.current && matchAnswer(text, dialogue.current.offered);
    if ((HELP.includes(word) || CANCEL.includes(word)) && !isPlainAnswer(ownAnswer)) return this.command(turn, dialogue, `/${word}`);
    const route = routeText(text, dialogue.currentCandidate(), dialogue.otherCandidates());
    const bare = !text.includes(' ') && this.byCommand.has(word);
    const code = inviteCodeIn(text);
    // Free text goes to the conversation that asked for it; an offer's free-text answer
    // (a reply to the POC) never swallows a command word or an invite code.
    const freeTextToOffer = route.kind === 'answer' && route.ref !== 'current' && route.input.kind === 'text';
    if (route.kind === 'answer' && !(freeTextToOffer && (bare || code))) return dialogue.step(route.ref, route.input);
    if (route.kind === 'which') return askWhich(dialogue, text, route.readings);
    // Nothing open wants this text: a command without its slash, an invite code, or a slip.
    if (bare) return this.command(turn, dialogue, `/${word}`);
    if (code) return this.redeem(turn, dialogue, code);
    if (route.kind === 'unclear') {
      const offered = dialogue.offeredBy(route.ref)!;
      turn.reoffer(offered, { text: m(route.among ? 'choice-ambiguous' : 'choice-invalid') });
      dialogue.keep();
      return;
    }
    const suggestion = !text.includes(' ') && turn.person ? nearestCommand(word, this.commandsFor(turn)) : undefined;
    if (suggestion) turn.reply([{ text: m('command-did-you-mean', { command: text.slice(0, 40), suggestion }) }]);
    else turn.reply([{ text: m(turn.person ? 'no-conversation' : 'start-guest') }]);
  }

  /**
   * A redeemed code starts afresh (the open conversation ends), with whatever a flow asks
   * newcomers (their full name, once); a refused one changes nothing.
   */
  private redeem(turn: Turn, dialogue: Dialogue, code: string): void {
    const { redeemed, replies } = redeemInvite(turn, code);
    if (!redeemed) {
      turn.reply(replies);
      dialogue.keep();
      return;
    }
    dialogue.end();
    for (const flow of this.deps.flows) {
      const asked = replies.length === 1 ? flow.join?.(turn, replies[0]!) : undefined;
      if (asked) return dialogue.apply('current', flow, asked);
    }
    turn.reply(replies);
  }

  /** The command names the sender may use, in both languages, the engine's own included. */
  private commandsFor(turn: Turn): string[] {
    return [...HELP, ...CANCEL, ...this.availableFlows(turn).flatMap((flow) => flow.commands)];
  }

  /** Flows the sender may start now. */
  availableFlows(turn: Turn): Flow[] {
    return this.deps.flows.filter((flow) => flow.available(turn));
  }
}
