/**
 * Questions of the plan's forms that the generic fields do not cover: dates typed as
 * DD/MM/AAAA or AAAA-MM-DD (checked against the plan's period with the rules of
 * domain/plan.ts, saying why an answer is refused), pillars (one or several), and the
 * commitment's responsible person (someone already in the bot, or a person to invite).
 */
import { milestoneProblem, type PlanProblem } from '../../domain/plan.js';
import { PILLARS, type PillarId } from '../../domain/pillars.js';
import { m, raw, type MessageRef } from '../../shared/i18n.js';
import { personById } from '../../store/people.js';
import { formatIsoDate, formatWeekdayDate, isoDate, parseTypedDate, toLocal } from '../../shared/zoned-time.js';
import { localPeople } from '../../engine/audience.js';
import { choiceField, type Field } from '../../engine/form.js';
import { matchLabel } from '../../shared/answers.js';


/** Why a plan or milestone is refused, in words. */
export function problemMessage(problem: PlanProblem, period: { periodStart: string; periodEnd: string }): MessageRef {
  switch (problem.kind) {
    case 'period':
      return m('plan-refused-period');
    case 'no_commitments':
      return m('plan-refused-no-commitments');
    case 'no_milestones':
      return m('plan-refused-no-milestones', { commitment: problem.commitment });
    case 'no_due_date':
      return m('plan-refused-no-due-date', { deliverable: problem.deliverable });
    case 'due_before_start':
      return m('plan-refused-due-before-start', { deliverable: problem.deliverable });
    case 'outside_period':
      return m('plan-refused-outside-period', { deliverable: problem.deliverable, start: formatIsoDate(period.periodStart), end: formatIsoDate(period.periodEnd) });
  }
}

/**
 * A date question, typed as people write dates ("8/12", "8 de diciembre", "mañana"), read
 * back to the person. `check` sees the date read (an ISO date; undefined when the answer
 * is not a date) and the answers so far, and returns the reason to refuse it, if any.
 */
export function dateField<F>(
  name: keyof F & string,
  question: (values: Partial<F>) => MessageRef,
  check: (date: string | undefined, values: Partial<F>) => MessageRef | undefined,
): Field<F> {
  return {
    name,
    editable: true,
    ask: (_ctx, values) => ({ text: question(values) }),
    read(input, ctx, values) {
      const date = input.kind === 'text' ? parseTypedDate(input.text, toLocal(ctx.now, ctx.config.timeZone)) : undefined;
      const refusal = check(date && isoDate(date), values);
      if (refusal || !date) return { ok: false, hint: refusal ?? m('plan-date-hint') };
      return { ok: true, value: isoDate(date), echo: m('answer-noted', { value: formatWeekdayDate(date) }) };
    },
  };
}

/** A due date, refused with the reason when missing, before the start or outside the period. */
export function dueDateField<F extends { deliverable: string; startDate: string }>(period: { periodStart: string; periodEnd: string }): Field<F> {
  return dateField<F>(
    'dueDate' as keyof F & string,
    () => m('plan-milestone-due-ask'),
    (date, values) => {
      const problem = milestoneProblem(period, { deliverable: values.deliverable ?? '', startDate: values.startDate ?? '', ...(date ? { dueDate: date } : {}) });
      return problem ? problemMessage(problem, period) : undefined;
    },
  );
}

/** One or several pillars: a button, or the numbers of the list typed with commas. */
export function pillarsField<F>(name: keyof F & string): Field<F> {
  const choices = PILLARS.map((pillar) => ({ value: pillar.id, label: { es: pillar.name, en: pillar.nameEn } }));
  return {
    name,
    editable: true,
    ask: () => ({ text: m('plan-pillars-ask'), choices, acceptsText: true }),
    read(input, ctx) {
      if (input.kind === 'choice') return PILLARS.some((p) => p.id === input.value) ? { ok: true, value: [input.value] } : { ok: false, hint: m('plan-pillars-hint') };
      if (input.kind !== 'text') return { ok: false, hint: m('plan-pillars-hint') };
      const names = PILLARS.map((pillar) => (ctx.locale === 'es' ? pillar.name : pillar.nameEn));
      const pieces = input.text.split(/\s*(?:[,;]|\s+(?:y|e|and)\s+)\s*|\s+(?=\d)/).filter((piece) => piece.trim().length > 0);
      const picked = pieces.map((piece) => {
        if (/^\d+$/.test(piece.trim())) return PILLARS[Number(piece) - 1]?.id;
        const named = matchLabel(piece, names);
        return named && 'index' in named ? PILLARS[named.index]!.id : undefined;
      });
      const valid = picked.length > 0 && picked.every((id): id is PillarId => id !== undefined);
      return valid ? { ok: true, value: [...new Set(picked)] } : { ok: false, hint: m('plan-pillars-hint') };
    },
  };
}

/** The value of the "invite someone new" answer to the responsible person's question. */
export const INVITE_RESPONSIBLE = 'invite';

/** The responsible person: someone with a role in the GAD, or someone to invite. */
export function responsibleField<F>(name: keyof F & string, gadId: number): Field<F> {
  return choiceField<F>(
    name,
    m('plan-responsible-ask'),
    (ctx) => [
      ...localPeople(ctx.db, gadId).map((id) => ({ value: String(id), label: raw(personById(ctx.db, id)?.displayName ?? '?') })),
      { value: INVITE_RESPONSIBLE, label: m('plan-responsible-invite') },
    ],
    { editable: true },
  );
}
