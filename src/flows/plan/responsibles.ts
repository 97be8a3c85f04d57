/** Telling each commitment's responsible person (once known) their commitment and its milestones, when a plan or an amendment is published. */
import { m } from '../../shared/i18n.js';
import type { Gad } from '../../store/gads.js';
import { milestonesOf, responsibleOf, type Commitment } from '../../store/plans.js';
import type { FlowContext } from '../../engine/types.js';
import { formatIsoDate } from '../../shared/zoned-time.js';

/** Sends each responsible person of `commitments` the commitment with its milestones and due dates. */
export function tellResponsibles(ctx: FlowContext, gad: Gad, commitments: readonly Commitment[]): void {
  const milestones = milestonesOf(ctx.db, commitments.map((c) => c.id));
  for (const commitment of commitments) {
    const personId = responsibleOf(ctx.db, commitment);
    if (personId === null) continue;
    const lines = milestones.filter((ms) => ms.commitmentId === commitment.id).map((ms) => `• ${ms.deliverable} (${formatIsoDate(ms.dueDate)})`);
    ctx.notify(personId, { text: m('plan-responsible-notify', { gad: gad.name, commitment: commitment.title, milestones: lines.join('\n') }) });
  }
}
