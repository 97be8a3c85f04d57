/**
 * Forms: a flow that asks a series of questions, validates each answer (zod) and asks
 * again with a hint when an answer is wrong. Interest, prioritization, the actor map,
 * sessions and plans are all forms.
 */
import type { z } from 'zod';
import { m, type MessageRef, type Text } from '../shared/i18n.js';
import { matchLabel } from '../shared/answers.js';
import type { Choice, Flow, FlowContext, FlowInput, Reply, StepResult } from './types.js';

/** The outcome of reading one answer; `echo` shows back how a typed answer was read ("martes, 8 de diciembre de 2026"). */
export type FieldResult = { ok: true; value: unknown; echo?: Text } | { ok: false; hint: MessageRef };

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
  /** Whether the summary's "Editar un dato" offers it (named by `form-field` in the locales). */
  editable?: boolean;
  /** Whether its "edit" answer opens the menu of answers to change (the summary's question). */
  summary?: boolean;
}

/** Where a form is: the answers so far and the question being asked. */
export interface FormState<F> {
  values: Partial<F>;
  field: string;
  /** Set while one answer is being changed from the summary: the form goes back to it next. */
  editing?: boolean;
}

/** The options every question takes. */
type FieldOptions<F> = Pick<Field<F>, 'when' | 'auto' | 'editable'>;

/** The value of the "Atrás" choice, on every question after the first. */
const BACK = '@back';
/** The value of the summary's "Editar un dato" choice. */
export const EDIT = '@edit';
/** The pseudo-field of the "which answer do you want to change?" menu. */
const EDIT_MENU = '@edit';

/** The question's options, in a stored state. */
function optional<F>(options: FieldOptions<F>): FieldOptions<F> {
  return {
    ...(options.when ? { when: options.when } : {}),
    ...(options.auto ? { auto: options.auto } : {}),
    ...(options.editable ? { editable: true } : {}),
  };
}

/** A free-text question validated by a zod schema over the trimmed text. */
export function textField<F>(
  name: keyof F & string,
  question: MessageRef,
  schema: z.ZodType<unknown, string>,
  hint: MessageRef,
  options: FieldOptions<F> = {},
): Field<F> {
  return {
    name,
    ask: () => ({ text: question }),
    read(input) {
      if (input.kind !== 'text') return { ok: false, hint };
      const parsed = schema.safeParse(input.text.trim());
      return parsed.success ? { ok: true, value: parsed.data } : { ok: false, hint };
    },
    ...optional(options),
  };
}

/**
 * A question answered by one of its choices (by button, number or label, which the
 * engine reads). `readText` also accepts typed answers that are no label (a percentage
 * for a completion level): the question then takes free text and the field reads it.
 */
export function choiceField<F>(
  name: keyof F & string,
  question: MessageRef | ((ctx: FlowContext, values: Partial<F>) => MessageRef),
  choices: (ctx: FlowContext, values: Partial<F>) => Choice[],
  options: FieldOptions<F> & { readText?: (text: string, ctx: FlowContext) => { value: string; echo?: Text } | undefined } = {},
): Field<F> {
  const { readText } = options;
  return {
    name,
    ask: (ctx, values) => ({
      text: typeof question === 'function' ? question(ctx, values) : question,
      choices: choices(ctx, values),
      ...(readText ? { acceptsText: true } : {}),
    }),
    read(input, ctx, values) {
      const offered = choices(ctx, values);
      if (input.kind === 'text' && readText) {
        const typed = readText(input.text, ctx) ?? labelled(ctx, input.text, offered);
        if (typed && offered.some((c) => c.value === typed.value)) return { ok: true, ...typed };
      }
      if (input.kind !== 'choice' || !offered.some((c) => c.value === input.value)) {
        return { ok: false, hint: m('choice-invalid') };
      }
      return { ok: true, value: input.value };
    },
    ...optional(options),
  };
}

/** The choice a typed text names by its label, for questions that read text themselves. */
function labelled(ctx: FlowContext, text: string, choices: readonly Choice[]): { value: string } | undefined {
  const found = matchLabel(text, choices.map((choice) => ctx.render(choice.label)));
  return found && 'index' in found ? { value: choices[found.index]!.value } : undefined;
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

/**
 * Runs a list of fields as one conversation. Every question after the first offers
 * "Atrás" (back to the previous question); a summary question (`confirmField`) offers
 * "Editar un dato", which lists the answers to change and comes back to the summary.
 */
export class Form<F> {
  constructor(private readonly fields: readonly Field<F>[]) {}

  /** Asks the first question (skipping those that do not apply to `initial`). */
  begin(ctx: FlowContext, initial: Partial<F> = {}): FormStep<F> {
    return this.askFrom(ctx, initial, 0);
  }

  /** Reads the answer to the current question and asks the next, or finishes. */
  advance(ctx: FlowContext, state: FormState<F>, input: FlowInput): FormStep<F> {
    if (state.field === EDIT_MENU) return this.fromEditMenu(ctx, state.values, input);
    const index = this.fields.findIndex((field) => field.name === state.field);
    const field = this.fields[index];
    if (!field) return this.begin(ctx, state.values);
    if (input.kind === 'choice' && input.value === BACK) return this.back(ctx, state, index);
    const read = field.read(input, ctx, state.values);
    if (!read.ok) {
      // The hint replaces the question's text; its choices, if any, are offered again.
      return this.asking({ ...state }, { ...this.question(ctx, index, state.values, state.editing), text: read.hint });
    }
    if (field.summary && read.value === EDIT) return this.editMenu(ctx, state.values);
    const values = { ...state.values, [field.name]: read.value };
    return this.askFrom(ctx, values, index + 1, { onlyMissing: state.editing === true, ...(read.echo ? { echo: read.echo } : {}) });
  }

  /** Offers to change one of the answers given earlier (a part of a larger draft); finishes when none is changed. */
  edit(ctx: FlowContext, values: Partial<F>): FormStep<F> {
    return this.editMenu(ctx, values);
  }

  /** The question of field `index`, with "Atrás" when there is somewhere to go back to. */
  private question(ctx: FlowContext, index: number, values: Partial<F>, editing?: boolean): Reply {
    const asked = this.fields[index]!.ask(ctx, values);
    if (!editing && this.previous(ctx, index, values) === undefined) return asked;
    return {
      ...asked,
      acceptsText: asked.acceptsText ?? !asked.choices?.length,
      choices: [...(asked.choices ?? []), { value: BACK, label: m('choice-back') }],
    };
  }

  /** Whether a field is asked with these answers (it applies and is not obvious). */
  private asked(ctx: FlowContext, field: Field<F>, values: Partial<F>): boolean {
    return (!field.when || field.when(values)) && field.auto?.(ctx, values) === undefined;
  }

  /** The index of the question asked before field `index`, if any. */
  private previous(ctx: FlowContext, index: number, values: Partial<F>): number | undefined {
    for (let i = index - 1; i >= 0; i--) if (this.asked(ctx, this.fields[i]!, values)) return i;
    return undefined;
  }

  /** "Atrás": the previous question again (or, while changing one answer, the summary). */
  private back(ctx: FlowContext, state: FormState<F>, index: number): FormStep<F> {
    if (state.editing) return this.askFrom(ctx, state.values, index + 1, { onlyMissing: true });
    const previous = this.previous(ctx, index, state.values);
    if (previous === undefined) return this.asking(state, this.question(ctx, index, state.values));
    const name = this.fields[previous]!.name;
    return this.asking({ values: state.values, field: name }, this.question(ctx, previous, state.values));
  }

  /** The menu of answers that may be changed from the summary. */
  private editMenu(ctx: FlowContext, values: Partial<F>): FormStep<F> {
    const choices = this.fields
      .filter((field) => field.editable && values[field.name] !== undefined && this.asked(ctx, field, values))
      .map((field) => ({ value: field.name, label: m('form-field', { field: field.name }) }));
    const reply = { text: m('form-edit-ask'), choices: [...choices, { value: BACK, label: m('choice-back') }] };
    return this.asking({ values, field: EDIT_MENU }, reply);
  }

  private fromEditMenu(ctx: FlowContext, values: Partial<F>, input: FlowInput): FormStep<F> {
    const index = this.fields.findIndex((field) => field.editable && input.kind === 'choice' && field.name === input.value);
    if (index < 0) return this.askFrom(ctx, values, 0, { onlyMissing: true });
    // Questions that follow from this answer (not editable themselves, e.g. "¿Es alguno de estos?") are asked again.
    const kept = { ...values };
    for (const field of this.fields.slice(index + 1)) if (!field.editable && !field.summary) delete kept[field.name];
    return this.asking({ values: kept, field: this.fields[index]!.name, editing: true }, this.question(ctx, index, kept, true));
  }

  private asking(state: FormState<F>, reply: Reply): FormStep<F> {
    return { done: false, result: { replies: [reply], next: state } };
  }

  /**
   * Asks the first question from `start` that applies (answering obvious ones, dropping
   * answers of questions that no longer apply); with `onlyMissing`, answered ones are
   * skipped too (after changing one answer from the summary).
   */
  private askFrom(ctx: FlowContext, values: Partial<F>, start: number, options: { onlyMissing?: boolean; echo?: Text } = {}): FormStep<F> {
    let current = { ...values };
    for (const field of this.fields) {
      if (field.when && !field.when(current)) delete current[field.name];
    }
    for (let i = start; i < this.fields.length; i++) {
      const field = this.fields[i]!;
      if (field.when && !field.when(current)) continue;
      const obvious = field.auto?.(ctx, current);
      if (obvious !== undefined) {
        current = { ...current, [field.name]: obvious };
        continue;
      }
      if (options.onlyMissing && current[field.name] !== undefined && !field.summary) continue;
      const reply = this.question(ctx, i, current);
      return this.asking({ values: current, field: field.name }, options.echo ? { ...reply, preface: options.echo } : reply);
    }
    return { done: true, values: current as F };
  }
}

/** What a form-backed flow declares. */
export interface FormFlowSpec<F> {
  id: string;
  /** The version of its states (see Flow.version). */
  version?: number;
  /** Whether its answers are kept as a draft (see Flow.keepsDraft). */
  keepsDraft?: boolean;
  commands: readonly [string, string];
  description: MessageRef;
  available: (ctx: FlowContext) => boolean;
  form: Form<F>;
  /** Answers at once instead of starting the form (nothing to do, say why); or initial values. */
  before?(ctx: FlowContext, args: string): StepResult<FormState<F>> | Partial<F>;
  /** What happens with the answers. */
  finish(ctx: FlowContext, values: F): StepResult<FormState<F>>;
}

/** A flow that is one form followed by an action. */
export function formFlow<F>(spec: FormFlowSpec<F>): Flow<FormState<F>> {
  const result = (ctx: FlowContext, step: FormStep<F>): StepResult<FormState<F>> =>
    step.done ? spec.finish(ctx, step.values) : step.result;
  return {
    id: spec.id,
    ...(spec.version ? { version: spec.version } : {}),
    ...(spec.keepsDraft ? { keepsDraft: true } : {}),
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
