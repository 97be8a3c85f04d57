/**
 * The co-creation register and the independent monitoring cycle of a local action plan,
 * as OGP Local runs them (Guía, Anexo 5; activity 13 and 15): proposals anyone the Foro
 * invites sends, each answered with reasons; the monitor's inception assessment within
 * two months of the plan's approval and an end-of-commitment assessment within a month
 * after each commitment ends. Pure data and rules, no I/O.
 */
import type { Bilingual } from './labels.js';

/** Where a proposal came from: the bot, or a CSV exported by Decidim or CONSUL. */
export const PROPOSAL_SOURCES = ['bot', 'decidim', 'consul'] as const;
/** A proposal's source. */
export type ProposalSource = (typeof PROPOSAL_SOURCES)[number];

/** The Foro's answer to a proposal: still unanswered, or a reasoned response. */
export const PROPOSAL_STATUSES = ['pending', 'accepted', 'merged', 'not_accepted'] as const;
/** A proposal's status. */
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];
/** The answers the Foro gives. */
export const PROPOSAL_OUTCOMES = ['accepted', 'merged', 'not_accepted'] as const;
/** One of the Foro's answers. */
export type ProposalOutcome = (typeof PROPOSAL_OUTCOMES)[number];

/** Names of the proposal statuses. */
export const PROPOSAL_STATUS_NAMES: Readonly<Record<ProposalStatus, Bilingual>> = {
  pending: { es: 'en espera de respuesta', en: 'awaiting a response' },
  accepted: { es: 'aceptada en un compromiso', en: 'accepted into a commitment' },
  merged: { es: 'integrada en otra propuesta', en: 'merged into another proposal' },
  not_accepted: { es: 'no aceptada', en: 'not accepted' },
};

/** The two assessments of OGP's independent monitoring cycle. */
export const ASSESSMENT_KINDS = ['inception', 'commitment_end'] as const;
/** An assessment's kind. */
export type AssessmentKind = (typeof ASSESSMENT_KINDS)[number];

/** Names of the assessment kinds. */
export const ASSESSMENT_KIND_NAMES: Readonly<Record<AssessmentKind, Bilingual>> = {
  inception: { es: 'evaluación de inicio', en: 'inception assessment' },
  commitment_end: { es: 'evaluación de fin de compromiso', en: 'end-of-commitment assessment' },
};

/** How far a plan-level standard is met (the co-creation process, the public repository). */
export const STANDARD_LEVELS = ['met', 'partly', 'not_met'] as const;
/** A standard level. */
export type StandardLevel = (typeof STANDARD_LEVELS)[number];

/** Names of the standard levels. */
export const STANDARD_NAMES: Readonly<Record<StandardLevel, Bilingual>> = {
  met: { es: 'cumple', en: 'met' },
  partly: { es: 'cumple en parte', en: 'partly met' },
  not_met: { es: 'no cumple', en: 'not met' },
};

/** Months after the plan's approval within which the inception assessment is due. */
export const INCEPTION_DUE_MONTHS = 2;
/** Months after a commitment ends within which its end-of-commitment assessment is due. */
export const COMMITMENT_END_DUE_MONTHS = 1;
/** Days before an assessment's due date that the monitor is reminded. */
export const ASSESSMENT_NOTICE_DAYS = 14;

/** An ISO date `months` calendar months later, the day clamped to the month's end (2027-01-31 + 1 → 2027-02-28). */
export function addMonthsIso(iso: string, months: number): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const mo = (index % 12) + 1;
  const last = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return `${y}-${String(mo).padStart(2, '0')}-${String(Math.min(day, last)).padStart(2, '0')}`;
}

/** The day a commitment ends: its last milestone's due date (ISO dates compare as text). */
export function commitmentEnd(dueDates: readonly string[]): string | undefined {
  return dueDates.length === 0 ? undefined : [...dueDates].sort().at(-1);
}

/** What the plan-level part of the inception assessment is about. */
export const PLAN_LEVEL_SUBJECT: Bilingual = { es: 'proceso de cocreación y repositorio público', en: 'co-creation process and public repository' };

/** What an assessment is about: its commitment's title, or the plan-level part. */
export function assessmentSubject(commitmentTitle: string | undefined): Bilingual {
  return commitmentTitle === undefined ? PLAN_LEVEL_SUBJECT : { es: commitmentTitle, en: commitmentTitle };
}
