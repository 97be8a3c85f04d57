/**
 * Forms: a flow that asks a series of questions, validates each answer (zod) and asks
 * again with a hint when an answer is wrong. Interest, prioritization, the actor map,
 * sessions and plans are all forms.
 */
import type { z } from 'zod';
import { m, type MessageRef } from '../shared/i18n.js';
import type { Choice, Flow, FlowContext, FlowInput, Reply, StepResult } from './types.js';

/** The outcome of reading one answer. */
export type FieldResult = { ok: true; value: unknown } | { ok: false; hint: MessageRef };

/** One question of a form. */
export interface Field<F> {
  name: keyof F & string;
  /** The question, with its choices if any. */
  ask(ctx: FlowContext, values: Partial<F>): Reply;
  /** Reads and validates an answer. */
  read(input: FlowInput, ctx: FlowContext, values: Partial<F>): FieldResult;
  /** Asked only when this returns true (default: always). */
  when?(values: Partial<F>): boolean;
  /** The answer, when it is obvious (e.g. the person has one GAD): the question is skipped. */
  auto?(ctx: FlowContext, values: Partial<F>): unknown;
}

/** Where a form is: the answers so far and the question being asked. */
export interface FormState<F> {
  values: Partial<F>;
  field: string;
}

/** A free-text question validated by a zod schema over the trimmed text. */
export function textField<F>(
  name: keyof F & string,
  question: MessageRef,
  schema: z.ZodType<unknown, string>,
  hint: MessageRef,
  options: Pick<Field<F>, 'when' | 'auto'> = {},
): Field<F> {
  return {
    name,
    ask: () => ({ text: question }),
    read(input) {
      if (input.kind !== 'text') return { ok: false, hint };
      const parsed = schema.safeParse(input.text.trim());
      return parsed.success ? { ok: true, value: parsed.data } : { ok: false, hint };
    },
    ...(options.when ? { when: options.when } : {}),
    ...(options.auto ? { auto: options.auto } : {}),
  };
}

/** A question answered by one of its choices (by button, number or label). */
export function choiceField<F>(
  name: keyof F & string,
  question: MessageRef | ((ctx: FlowContext, values: Partial<F>) => MessageRef),
  choices: (ctx: FlowContext, values: Partial<F>) => Choice[],
  options: Pick<Field<F>, 'when' | 'auto'> = {},
): Field<F> {
  return {
    name,
    ask: (ctx, values) => ({ text: typeof question === 'function' ? question(ctx, values) : question, choices: choices(ctx, values) }),
    read(input, ctx, values) {
      if (input.kind !== 'choice' || !choices(ctx, values).some((c) => c.value === input.value)) {
        return { ok: false, hint: m('choice-invalid') };
      }
      return { ok: true, value: input.value };
    },
    ...(options.when ? { when: options.when } : {}),
    ...(options.auto ? { auto: options.auto } : {}),
  };
}

/** How many questions of a form were answered (choosing the local government left out). */
export function answered(values: object): number {
  return Object.keys(values).filter((name) => name !== 'gadId' && name !== 'gadSearch').length;
}

/** Whether a form's answers are worth a question before /cancelar discards them: two or more. */
export function worthKeeping(values: object): boolean {
  return answered(values) >= 2;
}

/** What advancing a form gives: the next question, or every answer. */
export type FormStep<F> = { done: false; result: StepResult<FormState<F>> } | { done: true; values: F };

/** Runs a list of fields as one conversation. */
export class Form<F> {
  constructor(private readonly fields: readonly Field<F>[]) {}

  /** Asks the first question (skipping those that do not apply to `initial`). */
  begin(ctx: FlowContext, initial: Partial<F> = {}): FormStep<F> {
    return this.askFrom(ctx, initial, 0);
  }

  /** Reads the answer to the current question and asks the next, or finishes. */
  advance(ctx: FlowContext, state: FormState<F>, input: FlowInput): FormStep<F> {
    const index = this.fields.findIndex((field) => field.name === state.field);
    const field = this.fields[index];
    if (!field) return this.begin(ctx, state.values);
    const read = field.read(input, ctx, state.values);
    if (!read.ok) {
      // The hint replaces the question's text; its choices, if any, are offered again.
      return { done: false, result: { replies: [{ ...field.ask(ctx, state.values), text: read.hint }], next: state } };
    }
    return this.askFrom(ctx, { ...state.values, [field.name]: read.value }, index + 1);
  }

  private askFrom(ctx: FlowContext, values: Partial<F>, start: number): FormStep<F> {
    for (let i = start; i < this.fields.length; i++) {
      const field = this.fields[i]!;
      if (field.when && !field.when(values)) continue;
      const obvious = field.auto?.(ctx, values);
      if (obvious !== undefined) {
        values = { ...values, [field.name]: obvious };
        continue;
      }
      return { done: false, result: { replies: [field.ask(ctx, values)], next: { values, field: field.name } } };
    }
    return { done: true, values: values as F };
  }
}

/** What a form-backed flow declares. */
export interface FormFlowSpec<F> {
  id: string;
  /** The version of its states (see Flow.version). */
  version?: number;
  commands: readonly [string, string];
  description: MessageRef;
  available: (ctx: FlowContext) => boolean;
  form: Form<F>;
  /** Answers at once instead of starting the form (nothing to do, say why); or initial values. */
  before?(ctx: FlowContext, args: string): StepResult<FormState<F>> | Partial<F>;
  /** What happens with the answers; may start the form again (e.g. "start again"). */
  finish(ctx: FlowContext, values: F): StepResult<FormState<F>>;
}

/** A flow that is one form followed by an action. */
export function formFlow<F>(spec: FormFlowSpec<F>): Flow<FormState<F>> {
  const result = (ctx: FlowContext, step: FormStep<F>): StepResult<FormState<F>> =>
    step.done ? spec.finish(ctx, step.values) : step.result;
  return {
    id: spec.id,
    ...(spec.version ? { version: spec.version } : {}),
    commands: spec.commands,
    description: spec.description,
    available: spec.available,
    hasAnswers: (state) => worthKeeping(state.values),
    start(ctx, args) {
      const before = spec.before?.(ctx, args) ?? {};
      if ('replies' in before) return before as StepResult<FormState<F>>;
      return result(ctx, spec.form.begin(ctx, before));
    },
    step: (ctx, state, input) => result(ctx, spec.form.advance(ctx, state, input)),
  };
}

/** Runs a form step inside a flow with several modes: wraps its state into the flow's, or hands its answers to `done`. */
export function subForm<F, S>(step: FormStep<F>, wrap: (form: FormState<F>) => S, done: (values: F) => StepResult<S>): StepResult<S> {
  if (step.done) return done(step.values);
  return { replies: step.result.replies, ...(step.result.next ? { next: wrap(step.result.next) } : {}) };
}
