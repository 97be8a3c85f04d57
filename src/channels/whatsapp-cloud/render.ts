/**
 * One message as Cloud API messages (whatsapp-api-js builders, which also check Meta's
 * limits). Choices become reply buttons (up to 3, titles up to 20 characters), else a
 * list (up to 10 rows, titles up to 24; a longer label is shortened in the title and
 * shown whole in the row's description), else a numbered text. A document goes by its
 * uploaded media id, with the text as caption when it fits.
 */
import {
  ActionButtons,
  ActionList,
  Body,
  BodyComponent,
  BodyParameter,
  Button,
  Document,
  Interactive,
  Language,
  ListSection,
  PayloadComponent,
  Row,
  Template,
  Text,
} from 'whatsapp-api-js/messages';
import type { ClientMessage } from 'whatsapp-api-js/types';
import type { Locale } from '../../shared/i18n.js';
import type { OutboundChoice, OutboundMessage } from '../../shared/messages.js';
import { splitText } from '../../shared/text.js';
import { withNumberedChoices } from '../whatsapp-common/numbered-choices.js';
import { TEMPLATE_LANGUAGES, type CloudTemplate } from './templates.js';

/** Meta's limits on the parts of a message. */
export const LIMITS = { text: 4096, body: 1024, caption: 1024, buttons: 3, buttonTitle: 20, rows: 10, rowTitle: 24, rowDescription: 72 };

/** Sentences in the person's language that a rendering may need. */
export interface RenderTexts {
  /** Closes a numbered list: "reply with the number". */
  chooseNumber: string;
  /** The button that opens a list: "See options". */
  listButton: string;
}

/** An uploaded document to attach. */
export interface UploadedDocument {
  mediaId: string;
  name: string;
}

/** The Cloud API messages that carry `message`, in order. */
export function freeFormParts(message: Pick<OutboundMessage, 'text' | 'choices'>, texts: RenderTexts, document?: UploadedDocument): ClientMessage[] {
  const { text } = message;
  const choices = message.choices ?? [];
  const question = (): ClientMessage[] => {
    const interactive = interactiveMessage(text, choices, texts);
    if (interactive) return [interactive];
    return textParts(withNumberedChoices(text, choices, choices.length ? texts.chooseNumber : ''));
  };
  if (!document) return question();
  const attach = (caption?: string) => new Document(document.mediaId, true, caption || undefined, document.name);
  if (choices.length > 0) return [attach(), ...question()];
  if (text.length <= LIMITS.caption) return [attach(text)];
  return [...textParts(text), attach()];
}

/** A template message: `summary` as its parameter, one payload per quick-reply button. */
export function templateMessage(template: CloudTemplate, locale: Locale, summary: string, payloads: readonly string[]): Template {
  return new Template(
    template.name,
    new Language(TEMPLATE_LANGUAGES[locale]),
    new BodyComponent(new BodyParameter(summary)),
    ...payloads.map((payload) => new PayloadComponent(payload)),
  );
}

function textParts(text: string): Text[] {
  return splitText(text, LIMITS.text)
    .filter((piece) => piece !== '')
    .map((piece) => new Text(piece));
}

/** Buttons or a list for the choices, when they and the text fit; undefined otherwise. */
function interactiveMessage(text: string, choices: readonly OutboundChoice[], texts: RenderTexts): Interactive | undefined {
  if (choices.length === 0 || text.trim() === '' || text.length > LIMITS.body) return undefined;
  const labels = choices.map((choice) => choice.label);
  const distinct = new Set(labels).size === labels.length;
  if (choices.length <= LIMITS.buttons && distinct && labels.every((label) => label.length <= LIMITS.buttonTitle)) {
    return new Interactive(new ActionButtons(...atLeastOne(choices.map((choice) => new Button(choice.id, choice.label)))), new Body(text));
  }
  if (choices.length > LIMITS.rows || !labels.every((label) => label.length <= LIMITS.rowDescription)) return undefined;
  const rows = choices.map((choice) =>
    choice.label.length <= LIMITS.rowTitle ? new Row(choice.id, choice.label) : new Row(choice.id, shorten(choice.label, LIMITS.rowTitle), choice.label),
  );
  return new Interactive(new ActionList(texts.listButton, new ListSection(undefined, ...atLeastOne(rows))), new Body(text));
}

/** The label cut to at most `limit` UTF-16 units, an ellipsis included, never inside a character. */
function shorten(label: string, limit: number): string {
  let kept = '';
  for (const character of label) {
    if (kept.length + character.length > limit - 1) break;
    kept += character;
  }
  return `${kept.trimEnd()}…`;
}

function atLeastOne<T>(items: T[]): [T, ...T[]] {
  if (items.length === 0) throw new Error('expected at least one item');
  return items as [T, ...T[]];
}
