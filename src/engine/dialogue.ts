/**
 * Everything a person may be answering while one message is handled: the conversation
 * they are in, questions the bot asked on its own (offers), a conversation set aside
 * while an offer's conversation runs, drafts of long forms, and the engine's own short
 * questions (prompts). Runs flow steps on any of them and keeps the store in step:
 *
 * - An offer answered in one step is removed; one whose flow goes on becomes the open
 *   conversation, and the conversation it displaces is set aside and taken up again
 *   (its question repeated) when the new one ends.
 * - A flow that `keepsDraft` is kept as a draft for DRAFT_TTL_MS when the person leaves
 *   it with answers worth keeping (another command, or the idle timeout) and resumed,
 *   with a word saying so, when they give its command again.
 * - /cancelar asks before it throws such answers away.
 */
import { m, type Text } from '../shared/i18n.js';
import { DAY_MS } from '../shared/clock.js';
import { endConversation, loadConversation, saveConversation, type Conversation, type OfferedChoices } from '../store/conversations.js';
import { openQuestionsOf, putQuestion, removeQuestion, type OpenQuestion } from '../store/open-questions.js';
import { formatInstantDate } from '../shared/zoned-time.js';
import { askingToDiscard, DISCARD_NO, DISCARD_YES, discardQuestion } from './cancel.js';
import { commandName } from './help.js';
import type { Rendered } from './notifier.js';
import type { Candidate, QuestionRef } from './routing.js';
import type { Turn } from './turn.js';
import { flowVersion, type Flow, type FlowInput, type Reply, type StepResult } from './types.js';

/** How long a draft of a long form is kept. */
export const DRAFT_TTL_MS = 7 * DAY_MS;

/** The flow id under which the engine's own prompts are stored. */
export const PROMPT_FLOW = '@engine';

/** What a step asked: the last reply with choices, or else the last reply. */
function askedBy(rendered: readonly Rendered[]): OfferedChoices {
  const withChoices = rendered.filter((r) => Object.keys(r.offered.byId).length > 0).at(-1);
  return (withChoices ?? rendered.at(-1))?.offered ?? { byId: {}, acceptsText: true };
}

/** A person's open questions during one message. */
export class Dialogue {
  current: Conversation | undefined;
  private open: OpenQuestion[];

  constructor(
    private readonly turn: Turn,
    private readonly flows: ReadonlyMap<string, Flow>,
  ) {
    const { db, identity, now, config } = turn;
    this.current = loadConversation(db, identity.id);
    this.open = openQuestionsOf(db, identity.id, now);
    if (this.current && now.getTime() - this.current.updatedAt.getTime() > config.conversationIdleMs) {
      const left = this.current;
      this.end();
      if (!this.keepDraft(left)) turn.reply([{ text: m('conversation-expired') }]);
    }
  }

  /** The engine's open prompt, if any. */
  get prompt(): OpenQuestion | undefined {
    return this.open.find((q) => q.kind === 'prompt');
  }

  /** The open conversation, as a routing candidate. */
  currentCandidate(): Candidate | undefined {
    const soft = this.current && this.flows.get(this.current.flow)?.soft;
    return this.current && { ref: 'current', offered: this.current.offered, at: this.current.updatedAt, ...(soft ? { soft } : {}) };
  }

  /** Offers and the conversation set aside, newest first, as routing candidates. */
  otherCandidates(): Candidate[] {
    return this.answerable()
      .reverse()
      .map((q) => ({ ref: q.id, offered: q.offered, at: q.updatedAt }));
  }

  /** Open questions (not the conversation) that a file answers. */
  fileTakers(): OpenQuestion[] {
    return this.answerable().filter((q) => q.offered.acceptsFile);
  }

  /** The question holding a choice id, and the choice. */
  findChoice(choiceId: string): { ref: QuestionRef | 'prompt'; value: string } | undefined {
    const holders: [QuestionRef | 'prompt', OfferedChoices | undefined][] = [
      ['current', this.current?.offered],
      ['prompt', this.prompt?.offered],
      ...this.answerable().map((q): [QuestionRef, OfferedChoices] => [q.id, q.offered]),
    ];
    for (const [ref, offered] of holders) {
      // Own keys only: a forged id such as "constructor" must not find Object.prototype's.
      if (offered && Object.hasOwn(offered.byId, choiceId)) return { ref, value: offered.byId[choiceId]!.value };
    }
    return undefined;
  }

  /** What a question offered (undefined when it is gone). */
  offeredBy(ref: QuestionRef): OfferedChoices | undefined {
    return ref === 'current' ? this.current?.offered : this.answerable().find((q) => q.id === ref)?.offered;
  }

  /** Runs one step of a question's flow with an answer. */
  step(ref: QuestionRef, input: FlowInput): void {
    const question = ref === 'current' ? this.current : this.answerable().find((q) => q.id === ref);
    const flow = question && this.flows.get(question.flow);
    if (!question || !flow) {
      if (ref === 'current') this.end();
      else this.remove(ref);
      this.turn.reply([{ text: m(ref === 'current' ? 'conversation-expired' : 'choice-stale') }]);
      return;
    }
    if (question.flowVersion !== flowVersion(flow)) {
      // The flow changed under the open question: its state means nothing now. Say so; a conversation starts afresh.
      if (ref !== 'current') {
        this.remove(ref);
        this.turn.reply([{ text: m('choice-stale') }]);
        return;
      }
      this.end();
      this.turn.reply([{ text: m('conversation-flow-changed', { command: commandName(flow, this.turn.locale) }) }]);
      if (flow.available(this.turn)) this.apply('current', flow, flow.start(this.turn, ''));
      return;
    }
    if (ref === 'current' && askingToDiscard(question.offered) && input.kind === 'choice' && (input.value === DISCARD_YES || input.value === DISCARD_NO)) {
      return this.answerDiscard(question.offered.resume, input.value === DISCARD_YES);
    }
    this.apply(ref, flow, flow.step(this.turn, question.state, input));
  }

  /** Starts a flow by its command: the open conversation is left (kept as a draft when it should be), a draft is resumed. */
  start(flow: Flow, args: string): void {
    const current = this.current;
    if (current && !args && current.flow === flow.id && flow.keepsDraft && flow.hasAnswers?.(current.state)) {
      this.repeat(current.offered, m('conversation-resumed', { command: commandName(flow, this.turn.locale) }));
      this.keep();
      return;
    }
    if (current) {
      this.end();
      this.keepDraft(current);
    }
    const draft = args ? undefined : this.open.find((q) => q.kind === 'draft' && q.flow === flow.id);
    if (draft) {
      this.remove(draft.id);
      if (draft.flowVersion === flowVersion(flow)) {
        this.current = { flow: draft.flow, flowVersion: draft.flowVersion, state: draft.state, offered: draft.offered, updatedAt: this.turn.now };
        saveConversation(this.turn.db, this.turn.identity.id, this.current);
        const date = formatInstantDate(draft.updatedAt, this.turn.config.timeZone);
        this.repeat(draft.offered, m('draft-resumed', { command: commandName(flow, this.turn.locale), date }));
        return;
      }
      this.turn.reply([{ text: m('conversation-flow-changed', { command: commandName(flow, this.turn.locale) }) }]);
    }
    this.apply('current', flow, flow.start(this.turn, args));
  }

  /** Writes a step's replies and what follows: the next state, the end, or an offer taken up. */
  apply(ref: QuestionRef, flow: Flow, result: StepResult<unknown>): void {
    const asked = askedBy(this.turn.reply(result.replies));
    if (ref !== 'current') this.remove(ref);
    if (result.next === undefined) {
      if (ref === 'current') {
        this.end();
        this.resumeSetAside();
      }
      return;
    }
    if (ref !== 'current' && this.current && this.current.flow !== flow.id) this.setAside(this.current);
    const previous = ref === 'current' ? this.current : undefined;
    if (previous && JSON.stringify(previous.state) === JSON.stringify(result.next)) {
      // Asked again after a refused answer: the question stays as first worded.
      this.current = { ...previous, offered: { ...asked, ...(previous.offered.prompt ? { prompt: previous.offered.prompt } : {}) }, updatedAt: this.turn.now };
    } else {
      this.current = { flow: flow.id, flowVersion: flowVersion(flow), state: result.next, offered: asked, updatedAt: this.turn.now };
    }
    saveConversation(this.turn.db, this.turn.identity.id, this.current);
  }

  /** Keeps the open conversation as it was (its offer included), touching its idle time. */
  keep(): void {
    if (!this.current) return;
    this.current = { ...this.current, updatedAt: this.turn.now };
    saveConversation(this.turn.db, this.turn.identity.id, this.current);
  }

  /** Ends the open conversation (nothing kept). */
  end(): void {
    endConversation(this.turn.db, this.turn.identity.id);
    this.current = undefined;
  }

  /**
   * /cancelar: a conversation holding answers worth keeping (Flow.hasAnswers) is asked
   * about first ("¿Las descarta?"; a second /cancelar confirms); any other ends at once.
   */
  cancel(): void {
    const current = this.current;
    const flow = current && this.flows.get(current.flow);
    if (!current) {
      this.turn.reply([{ text: m('nothing-to-cancel') }]);
    } else if (flow?.hasAnswers?.(current.state) && !askingToDiscard(current.offered)) {
      const asked = askedBy(this.turn.reply([discardQuestion(commandName(flow, this.turn.locale))]));
      this.current = { ...current, offered: { ...asked, resume: current.offered }, updatedAt: this.turn.now };
      saveConversation(this.turn.db, this.turn.identity.id, this.current);
    } else {
      this.discard();
    }
  }

  /** Ends the open conversation at the person's request and takes up the one set aside, if any. */
  private discard(): void {
    this.end();
    this.turn.reply([{ text: m('cancelled') }]);
    this.resumeSetAside();
  }

  /** "Sí, descartar" ends the conversation; "No" offers the interrupted question again, under the same buttons. */
  private answerDiscard(interrupted: OfferedChoices, discard: boolean): void {
    if (discard) return this.discard();
    this.turn.reoffer(interrupted, { text: m('cancel-kept') }, { repeatQuestion: true });
    this.current = { ...this.current!, offered: interrupted, updatedAt: this.turn.now };
    saveConversation(this.turn.db, this.turn.identity.id, this.current);
  }

  /** Repeats the open conversation's question (after /ayuda). */
  repeatCurrent(): void {
    if (!this.current) return;
    this.repeat(this.current.offered);
    this.keep();
  }

  /** Asks the engine's own question; its answer comes back through `prompt`. */
  askPrompt(reply: Reply, state: unknown): void {
    const asked = askedBy(this.turn.reply([reply]));
    const { now, config } = this.turn;
    this.dropPrompt();
    const expiresAt = new Date(now.getTime() + config.conversationIdleMs);
    const question = { kind: 'prompt' as const, topic: 'prompt', flow: PROMPT_FLOW, flowVersion: 1, state, offered: asked, createdAt: now, updatedAt: now, expiresAt };
    putQuestion(this.turn.db, this.turn.identity.id, question);
    this.open = openQuestionsOf(this.turn.db, this.turn.identity.id, now);
    if (this.current) this.keep();
  }

  /** Removes the engine's open prompt (answered, or passed over). */
  dropPrompt(): void {
    const prompt = this.prompt;
    if (prompt) this.remove(prompt.id);
  }

  /** Offers and the conversation set aside, oldest first. */
  private answerable(): OpenQuestion[] {
    return this.open.filter((q) => q.kind === 'offer' || q.kind === 'suspended');
  }

  private remove(id: number): void {
    removeQuestion(this.turn.db, id);
    this.open = this.open.filter((q) => q.id !== id);
  }

  /** Sends a question again under the same choice ids, after a line saying why. */
  private repeat(offered: OfferedChoices, before?: Text): void {
    if (before) this.turn.reply([{ text: before }]);
    this.turn.reoffer(offered);
  }

  /** Keeps a left conversation as a draft when its flow keeps drafts and it has answers; says so. */
  private keepDraft(left: Conversation): boolean {
    const flow = this.flows.get(left.flow);
    if (!flow?.keepsDraft || !flow.hasAnswers?.(left.state)) return false;
    const { now } = this.turn;
    putQuestion(this.turn.db, this.turn.identity.id, { kind: 'draft', topic: flow.id, ...left, createdAt: now, updatedAt: left.updatedAt, expiresAt: new Date(now.getTime() + DRAFT_TTL_MS) });
    this.open = openQuestionsOf(this.turn.db, this.turn.identity.id, now);
    this.turn.reply([{ text: m('draft-saved', { command: commandName(flow, this.turn.locale), days: DRAFT_TTL_MS / DAY_MS }) }]);
    return true;
  }

  /** Sets the open conversation aside while an offer's conversation runs. */
  private setAside(conversation: Conversation): void {
    const { now, config } = this.turn;
    const ttl = this.flows.get(conversation.flow)?.keepsDraft ? DRAFT_TTL_MS : config.conversationIdleMs;
    putQuestion(this.turn.db, this.turn.identity.id, { kind: 'suspended', topic: 'suspended', ...conversation, createdAt: now, expiresAt: new Date(now.getTime() + ttl) });
    this.open = openQuestionsOf(this.turn.db, this.turn.identity.id, now);
  }

  /** Takes up the conversation set aside, repeating its question. */
  private resumeSetAside(): void {
    const aside = this.open.find((q) => q.kind === 'suspended');
    const flow = aside && this.flows.get(aside.flow);
    if (!aside || !flow) return;
    this.remove(aside.id);
    this.current = { flow: aside.flow, flowVersion: aside.flowVersion, state: aside.state, offered: aside.offered, updatedAt: this.turn.now };
    saveConversation(this.turn.db, this.turn.identity.id, this.current);
    this.repeat(aside.offered, m('conversation-resumed', { command: commandName(flow, this.turn.locale) }));
  }
}
