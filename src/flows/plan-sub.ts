/** Running a sub-form inside a flow with several modes (see foro.ts for the pattern). */
import type { FormState, FormStep } from './form.js';
import type { StepResult } from './types.js';

/** Runs a sub-form step, wrapping its state into the flow's, or hands its answers to `done`. */
export function subForm<F, S>(step: FormStep<F>, wrap: (form: FormState<F>) => S, done: (values: F) => StepResult<S>): StepResult<S> {
  if (step.done) return done(step.values);
  return { replies: step.result.replies, ...(step.result.next ? { next: wrap(step.result.next) } : {}) };
}
