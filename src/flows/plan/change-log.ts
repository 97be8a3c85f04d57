/**
 * An amendment's change log in words, in both languages (it goes to readers of either
 * and into the plan's files): a commitment added, a field rewritten, a commitment
 * withdrawn with its reason, a milestone re-dated.
 */
import type { AmendmentChange } from '../../domain/plan-amendment.js';
import type { PlanData } from '../../domain/plan-schema.js';
import { m, sharedTranslator, type Localized, type MessageRef } from '../../shared/i18n.js';
import { formatIsoDate } from '../../shared/zoned-time.js';

/** One change as a message. */
export function changeMessage(change: AmendmentChange): MessageRef {
  switch (change.kind) {
    case 'add_commitment':
      return m('plan-change-add', { title: change.commitment.title, milestones: change.commitment.milestones.length });
    case 'change_commitment':
      return m('plan-change-edit', { title: change.title, field: change.field, before: change.before, after: change.after });
    case 'withdraw_commitment':
      return m('plan-change-withdraw', { title: change.title, reason: change.reason });
    case 'redate_milestone':
      return m('plan-change-redate', { deliverable: change.deliverable, before: formatIsoDate(change.before), after: formatIsoDate(change.after) });
  }
}

/** The changes as bulleted lines, in both languages. */
export function changeLog(changes: readonly AmendmentChange[]): Localized {
  const translator = sharedTranslator();
  const lines = (locale: 'es' | 'en') => changes.map((change) => `• ${translator.render(locale, changeMessage(change))}`).join('\n');
  return { es: lines('es'), en: lines('en') };
}

/** A change as the open data has it (flat), as a message: for the plan's PDF. */
export function changeDataMessage(change: PlanData['versions'][number]['changes'][number]): MessageRef {
  switch (change.kind) {
    case 'add_commitment':
      return m('pdf-change-add', { title: change.title });
    case 'change_commitment':
      return m('plan-change-edit', { title: change.title, field: change.field ?? '', before: change.before ?? '', after: change.after ?? '' });
    case 'withdraw_commitment':
      return m('plan-change-withdraw', { title: change.title, reason: change.reason ?? '' });
    case 'redate_milestone':
      return m('plan-change-redate', { deliverable: change.title, before: formatIsoDate(change.before ?? ''), after: formatIsoDate(change.after ?? '') });
  }
}
