/** How a refusal under a rule of separation of duties reads: it names the rule. */
import type { DutyRule } from '../../domain/separation.js';
import { m } from '../../shared/i18n.js';
import type { FlowContext, Reply } from '../../engine/types.js';

/** The rule in words, in the sender's language. */
export function dutyRuleText(ctx: FlowContext, rule: DutyRule): string {
  return ctx.render(m('duty-rule', { rule }));
}

/** "That is not possible: <the rule>." */
export function dutyRefusal(ctx: FlowContext, rule: DutyRule): Reply {
  return { text: m('duty-refused', { rule: dutyRuleText(ctx, rule) }) };
}
