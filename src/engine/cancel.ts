/**
 * /cancelar in the middle of a long form: the answers given so far are not thrown away
 * by one tap. The bot asks "discard them?"; "No" offers the interrupted question again.
 */
import { m } from '../shared/i18n.js';
import type { OfferedChoices } from '../store/conversations.js';
import { yesNoChoices } from './fields.js';
import type { Reply } from './types.js';

/** The values of the question's answers (never a flow's own values). */
export const DISCARD_YES = '__discard:yes';
/** See DISCARD_YES. */
export const DISCARD_NO = '__discard:no';

/** "You have unsaved answers in /<command>: discard them?" — "Sí, descartar" / "No". */
export function discardQuestion(command: string): Reply {
  const [yes, no] = yesNoChoices('discard');
  return { text: m('cancel-ask', { command }), choices: [{ ...yes!, value: DISCARD_YES }, { ...no!, value: DISCARD_NO }] };
}

/** Whether a conversation's offer is the discard question (which remembers the question it interrupted). */
export function askingToDiscard(offered: OfferedChoices): offered is OfferedChoices & { resume: OfferedChoices } {
  return offered.resume !== undefined;
}
