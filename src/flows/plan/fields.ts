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
import { formatIsoDate, isoDate, parseTypedDate } from '../../shared/zoned-time.js';
import { localPeople } from '../../engine/audience.js';
import { choiceField, type Field } from '../../engine/form.js';

/** Reads a typed date as an ISO date, if it is one. */
export function readDate(text: string): string | undefined {
  const date = parseTypedDate(text);
  return date ? isoDate(date) : undefined;
}

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
 * A date question. `check` sees the date read (undefined when the answer is not a date)
 * and the answers so far, and returns the reason to refuse it, if any.
 */
export function dateField<F>(
  name: keyof F & string,
  question: (values: Partial<F>) => MessageRef,
  check: (date: string | undefined, values: Partial<F>) => MessageRef | undefined,
): Field<F> {
  return {
    name,
    ask: (_ctx, values) => ({ text: question(values) }),
    read(input, _ctx, values) {
      const date = input.kind === 'text' ? readDate(input.text) : undefined;
      const refusal = check(date, values);
      return refusal ? { ok: false, hint: refusal } : { ok: true, value: date };
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
    ask: () => ({ text: m('plan-pillars-ask'), choices, acceptsText: true }),
    read(input) {
      if (input.kind === 'choice') return PILLARS.some((p) => p.id === input.value) ? { ok: true, value: [input.value] } : { ok: false, hint: m('plan-pillars-hint') };
      if (input.kind !== 'text') return { ok: false, hint: m('plan-pillars-hint') };
      const numbers = input.text.split(/[\s,;y]+/).filter(Boolean).map(Number);
      const picked = [...new Set(numbers)].map((n) => PILLARS[n - 1]?.id);
      const valid = picked.length > 0 && picked.every((id): id is PillarId => id !== undefined);
      return valid ? { ok: true, value: picked } : { ok: false, hint: m('plan-pillars-hint') };
    },
  };
}

/** The value of the "invite someone new" answer to the responsible person's question. */
export const INVITE_RESPONSIBLE = 'invite';

/** The responsible person: someone with a role in the GAD, or someone to invite. */
export function responsibleField<F>(name: keyof F & string, gadId: number): Field<F> {
  return choiceField<F>(name, m('plan-responsible-ask'), (ctx) => [
    ...localPeople(ctx.db, gadId).map((id) => ({ value: String(id), label: raw(personById(ctx.db, id)?.displayName ?? '?') })),
    { value: INVITE_RESPONSIBLE, label: m('plan-responsible-invite') },
  ]);
}
