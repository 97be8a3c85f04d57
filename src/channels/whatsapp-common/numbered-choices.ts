/**
 * Choices as WhatsApp text, for both WhatsApp adapters: a numbered list after the text,
 * closed by a localized line asking for the number (`whatsapp-choose-number`) (the engine accepts the number or
 * the label). Baileys has nothing better; the Cloud API falls back to it when choices
 * fit neither reply buttons nor a list.
 */
import type { OutboundChoice } from '../../shared/messages.js';

/** The text with its choices numbered from 1, then `hint` ("reply with the number"). */
export function withNumberedChoices(text: string, choices: readonly OutboundChoice[], hint: string): string {
  if (choices.length === 0) return text;
  const list = choices.map((choice, index) => `${index + 1}. ${choice.label}`).join('\n');
  return [text, list, hint].filter((part) => part !== '').join('\n\n');
}
