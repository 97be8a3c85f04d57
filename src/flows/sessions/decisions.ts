/**
 * /decisiones (/decisions): the Secretaría Técnica (or the POCL) records a decision the
 * Foro took in a session whose acta and attendance were filed with /acta: what it was
 * about (the action plan, the normativa, anything else), the votes (one per entity
 * present), and, for the plan, which non-government entities endorse it (OGP asks for
 * their endorsement). The quorum (domain/quorum.ts) is computed from the attendance and
 * recorded with the decision; a decision without quorum is recorded but approves nothing.
 */
import { z } from 'zod';
import { decisionCounts, isNonGovernment, outcomeOf, votesProblem, type DecisionSubject, type Votes } from '../../domain/quorum.js';
import { organizesSessions } from '../../domain/duties.js';
import { m, type MessageRef } from '../../shared/i18n.js';
import { gadById } from '../../store/gads.js';
import { latestPlanOf } from '../../store/plans.js';
import { pendingAmendment } from '../../store/plan-amendments.js';
import { recordDecision } from '../../store/sessions-decisions.js';
import { sessionById, sessionsForMinutes, type ForoSession } from '../../store/sessions.js';
import { foroMemberIds } from '../../store/foro.js';
import { confirmField } from '../../engine/fields.js';
import { choiceField, Form, formFlow, textField, type Field, type FormState } from '../../engine/form.js';
import { gadFields } from '../../engine/gad-field.js';
import type { FlowContext, Reply, StepResult } from '../../engine/types.js';
import { organizedGads } from './access.js';
import { sessionQuorum } from './quorum.js';
import { endOfToday } from './when-fields.js';
import { sessionArgs, sessionLabel } from './text.js';

/** The answers of /decisiones. */
interface DecisionAnswers {
  gadId: number;
  gadSearch?: string;
  sessionId: string;
  subject: DecisionSubject;
  motion?: string;
  /** "for against abstain", as typed. */
  votes: string;
  /** Numbers of the endorsing entities, or "0" for none. */
  endorsements?: string;
  confirm: string;
}

/** How far back a session's decisions may be recorded (as its acta may be filed). */
const LOOKBACK_MS = 30 * 86_400_000;

/** Sessions of a GAD whose acta and attendance are filed, latest first. */
function heldSessions(ctx: FlowContext, gadId: number): ForoSession[] {
  return sessionsForMinutes(ctx.db, [gadId], new Date(ctx.now.getTime() - LOOKBACK_MS), endOfToday(ctx)).filter((session) => session.minutesRecordedAt);
}

/** The plan a decision on the plan approves: the GAD's latest plan, if it is a draft or a published plan with an amendment awaiting approval. */
function draftPlan(ctx: FlowContext, gadId: number) {
  const plan = latestPlanOf(ctx.db, gadId);
  return plan && (plan.status === 'draft' || (plan.status === 'published' && pendingAmendment(ctx.db, plan.id))) ? plan : undefined;
}

/** Reads "3 0 1" (for, against, abstain). */
function parseVotes(text: string): Votes | undefined {
  const numbers = text.split(/[^0-9]+/).filter(Boolean).map(Number);
  if (numbers.length !== 3 || numbers.some((n) => !Number.isInteger(n) || n < 0)) return undefined;
  return { for: numbers[0]!, against: numbers[1]!, abstain: numbers[2]! };
}

const quorumOfValues = (ctx: FlowContext, values: Partial<DecisionAnswers>) => sessionQuorum(ctx.db, sessionById(ctx.db, Number(values.sessionId))!);

/** The non-government entities present, numbered for the endorsement question. */
function endorsers(ctx: FlowContext, values: Partial<DecisionAnswers>) {
  return quorumOfValues(ctx, values).entities.filter(isNonGovernment);
}

const subjectChoices = choiceField<DecisionAnswers>('subject', m('decisions-ask-subject'), () =>
  (['plan', 'normativa', 'other'] as const).map((subject) => ({ value: subject, label: m('decisions-subject', { subject }) })),
);

const subjectField: Field<DecisionAnswers> = {
  ...subjectChoices,
  read(input, ctx, values) {
    const read = subjectChoices.read(input, ctx, values);
    if (read.ok && read.value === 'plan' && !draftPlan(ctx, values.gadId!)) return { ok: false, hint: m('decisions-no-draft') };
    return read;
  },
};

const votesField: Field<DecisionAnswers> = {
  name: 'votes',
  ask: (ctx, values) => ({ text: m('decisions-ask-votes', { present: quorumOfValues(ctx, values).present }) }),
  read(input, ctx, values) {
    const votes = input.kind === 'text' ? parseVotes(input.text) : undefined;
    const present = quorumOfValues(ctx, values).present;
    if (!votes) return { ok: false, hint: m('decisions-votes-hint', { present }) };
    if (votesProblem(votes, present)) return { ok: false, hint: m('decisions-votes-too-many', { present }) };
    return { ok: true, value: `${votes.for} ${votes.against} ${votes.abstain}` };
  },
};

const endorsementField: Field<DecisionAnswers> = {
  name: 'endorsements',
  when: (values) => values.subject === 'plan',
  auto: (ctx, values) => (endorsers(ctx, values).length === 0 ? '0' : undefined),
  ask: (ctx, values) => ({
    text: m('decisions-ask-endorsements', { entities: endorsers(ctx, values).map((row, index) => `${index + 1}. ${row.entity ?? row.name}`).join('\n') }),
    numbersAreText: true,
  }),
  read(input, ctx, values) {
    const rows = endorsers(ctx, values);
    const picked = input.kind === 'text' ? readEndorsers(input.text, rows.map((row) => row.entity ?? row.name)) : undefined;
    return picked ? { ok: true, value: picked } : { ok: false, hint: m('decisions-endorsements-hint', { count: rows.length }) };
  },
};

/**
 * Reads the endorsing entities: their numbers or names, separated by commas ("1, 3" or
 * "Universidad"), or 0 for none; returns their numbers ("1,3", "0"), or undefined.
 */
function readEndorsers(text: string, names: readonly string[]): string | undefined {
  const tokens = text.split(/[,;]|\s+y\s+/).map((token) => token.trim().toLowerCase()).filter(Boolean);
  const numbers = tokens.map((token) => (/^\d+$/.test(token) ? Number(token) : names.findIndex((name) => name.toLowerCase().includes(token)) + 1 || NaN));
  const valid = numbers.length > 0 && numbers.every((n) => Number.isInteger(n) && n >= 0 && n <= names.length) && (!numbers.includes(0) || numbers.length === 1);
  return valid ? [...new Set(numbers)].join(',') : undefined;
}

/** The endorsing entities' names, from the typed numbers. */
function endorsingNames(ctx: FlowContext, values: Partial<DecisionAnswers>): string[] {
  const rows = endorsers(ctx, values);
  return (values.endorsements ?? '0')
    .split(',')
    .map(Number)
    .filter((n) => n > 0)
    .map((n) => rows[n - 1]?.entity ?? rows[n - 1]?.name ?? '?');
}

function summary(ctx: FlowContext, values: Partial<DecisionAnswers>): MessageRef {
  const session = sessionById(ctx.db, Number(values.sessionId))!;
  const quorum = quorumOfValues(ctx, values);
  const votes = parseVotes(values.votes!)!;
  return m('decisions-confirm', {
    when: sessionArgs(session, '', ctx.config.timeZone).when!,
    subject: values.subject!,
    motion: values.motion ?? '-',
    for: votes.for,
    against: votes.against,
    abstain: votes.abstain,
    present: quorum.present,
    seats: quorum.seats,
    required: quorum.required,
    quorum: quorum.met ? 'yes' : 'no',
    endorsements: endorsingNames(ctx, values).join(', ') || '-',
  });
}

const form = new Form<DecisionAnswers>([
  ...gadFields<DecisionAnswers>((ctx, gad) => organizesSessions(ctx.memberships, gad.id) && heldSessions(ctx, gad.id).length > 0),
  choiceField<DecisionAnswers>(
    'sessionId',
    m('decisions-ask-session'),
    (ctx, values) => heldSessions(ctx, values.gadId!).map((session) => ({ value: String(session.id), label: sessionLabel(session, ctx.config.timeZone) })),
  ),
  subjectField,
  textField<DecisionAnswers>('motion', m('decisions-ask-motion'), z.string().min(2).max(1000), m('decisions-motion-hint'), { when: (values) => values.subject === 'other' }),
  votesField,
  endorsementField,
  confirmField<DecisionAnswers>((values, ctx) => summary(ctx, values)),
]);

/** Records the decision, tells the Foro's members, and says whether it counts. */
function record(ctx: FlowContext, values: DecisionAnswers): Reply {
  const session = sessionById(ctx.db, Number(values.sessionId));
  const gad = gadById(ctx.db, values.gadId);
  if (!session || !gad || session.gadId !== gad.id || !organizesSessions(ctx.memberships, gad.id) || !session.minutesRecordedAt) return { text: m('decisions-gone') };
  const plan = values.subject === 'plan' ? draftPlan(ctx, gad.id) : undefined;
  if (values.subject === 'plan' && !plan) return { text: m('decisions-no-draft') };
  const quorum = sessionQuorum(ctx.db, session);
  const votes = parseVotes(values.votes)!;
  if (votesProblem(votes, quorum.present)) return { text: m('decisions-votes-too-many', { present: quorum.present }) };
  const decision = recordDecision(
    ctx.db,
    {
      sessionId: session.id,
      gadId: gad.id,
      subject: values.subject,
      planId: plan?.id ?? null,
      motion: values.motion ?? '',
      votesFor: votes.for,
      votesAgainst: votes.against,
      votesAbstain: votes.abstain,
      present: quorum.present,
      seats: quorum.seats,
      quorum: quorum.met,
      outcome: outcomeOf(votes),
      endorsements: values.subject === 'plan' ? endorsingNames(ctx, values) : null,
      recordedByPersonId: ctx.person?.id ?? null,
    },
    ctx.now,
  );
  ctx.audit('session.decision', gad.id, { sessionId: session.id, decisionId: decision.id, subject: decision.subject, planId: decision.planId, quorum: decision.quorum, outcome: decision.outcome });
  const args = {
    gad: gad.name,
    when: sessionArgs(session, gad.name, ctx.config.timeZone).when!,
    subject: decision.subject,
    outcome: decision.quorum ? decision.outcome : 'no_quorum',
    for: votes.for,
    against: votes.against,
    abstain: votes.abstain,
    present: quorum.present,
    seats: quorum.seats,
    required: quorum.required,
    counts: decisionCounts(decision) ? 'yes' : quorum.met ? 'rejected' : 'no_quorum',
  };
  for (const personId of foroMemberIds(ctx.db, gad.id)) {
    if (personId !== ctx.person?.id) ctx.notify(personId, { text: m('decisions-notify', args) }, { dedupeKey: `decision:${decision.id}:${personId}` });
  }
  return { text: m('decisions-recorded', args) };
}

/** Records the Foro's decisions, with quorum and votes. */
export const decisionsFlow = formFlow<DecisionAnswers>({
  id: 'decisions',
  commands: ['decisiones', 'decisions'],
  description: m('cmd-decisions'),
  available: (ctx) => organizedGads(ctx).length > 0,
  form,
  before: (ctx): StepResult<FormState<DecisionAnswers>> | Partial<DecisionAnswers> =>
    organizedGads(ctx).some((gad) => heldSessions(ctx, gad.id).length > 0) ? {} : { replies: [{ text: m('decisions-none') }] },
  finish(ctx, values) {
    if (values.confirm === 'no') return { replies: [{ text: m('cancelled') }] };
    return { replies: [record(ctx, values)] };
  },
});
