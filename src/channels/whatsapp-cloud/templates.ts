/**
 * The approved templates that carry the bot's messages outside the 24-hour window. Each
 * wraps the message the bot wanted to send, flattened to one line, in a fixed sentence
 * (`{{1}}` is that summary), with quick-reply buttons: a button whose text is the label
 * of one of the message's choices answers it ("Asistiré"); the others ("Ver detalles")
 * ask for the full message, which then goes free-form, the window being open again.
 *
 * Bodies and button texts are locale messages, so `npm run cli -- whatsapp-templates`
 * prints exactly what the adapter later relies on; change one and submit it again.
 */
import type { Locale, Translator } from '../../shared/i18n.js';
import type { OutboundMessage } from '../../shared/messages.js';

/** One template of the catalogue. */
export interface CloudTemplate {
  /** Its name in WhatsApp Manager (lower case and underscores, as Meta requires). */
  name: string;
  /** The locale message of its body; `$summary` becomes the template's `{{1}}`. */
  body: string;
  /** The locale message of the example summary Meta's reviewers see. */
  example: string;
  /** Locale messages of its quick-reply buttons, in order. */
  buttons: readonly string[];
  /** The message keys (locales/*.ftl ids) it carries. */
  keys: readonly string[];
}

const DETAILS = 'whatsapp-template-details';
const ATTENDANCE = ['attendance-yes', 'attendance-no', DETAILS] as const;

/** The template of every message without one of its own: a notification with its summary. */
export const NOTIFICATION_TEMPLATE: CloudTemplate = {
  name: 'estado_abierto_notification',
  body: 'whatsapp-template-notification',
  example: 'whatsapp-template-notification-example',
  buttons: [DETAILS],
  keys: [],
};

/** Every template, the generic one last. */
export const CLOUD_TEMPLATES: readonly CloudTemplate[] = [
  {
    name: 'estado_abierto_session_invitation',
    body: 'whatsapp-template-session-invitation',
    example: 'whatsapp-template-session-invitation-example',
    buttons: ATTENDANCE,
    keys: ['session-invite', 'session-moved-invite', 'session-suplente-ask'],
  },
  {
    name: 'estado_abierto_session_reminder',
    body: 'whatsapp-template-session-reminder',
    example: 'whatsapp-template-session-reminder-example',
    buttons: ATTENDANCE,
    keys: ['session-reminder-ask'],
  },
  {
    name: 'estado_abierto_pending_step',
    body: 'whatsapp-template-pending-step',
    example: 'whatsapp-template-pending-step-example',
    buttons: [DETAILS],
    keys: ['stall-reminder', 'minutes-request', 'minutes-request-again', 'cadence-warning', 'cadence-never-met'],
  },
  {
    name: 'estado_abierto_plan_milestone',
    body: 'whatsapp-template-plan-milestone',
    example: 'whatsapp-template-plan-milestone-example',
    buttons: [DETAILS],
    keys: ['milestone-due-reminder', 'milestone-overdue-reminder', 'plan-digest'],
  },
  NOTIFICATION_TEMPLATE,
];

/** Meta's language code of each locale. */
export const TEMPLATE_LANGUAGES: Record<Locale, string> = { es: 'es', en: 'en' };

/** The longest summary put in a template (its whole body may not pass 1,024 characters). */
export const SUMMARY_LIMIT = 700;

const byKey = new Map(CLOUD_TEMPLATES.flatMap((template) => template.keys.map((key) => [key, template] as const)));

/** The template that carries the message `key` (the notification for any other). */
export function templateFor(key: string | undefined): CloudTemplate {
  return (key !== undefined && byKey.get(key)) || NOTIFICATION_TEMPLATE;
}

/**
 * The message as a template parameter: one line (Meta refuses line breaks, tabs and
 * more than four spaces in a row), at most SUMMARY_LIMIT characters, never empty.
 */
export function templateSummary(message: Pick<OutboundMessage, 'text' | 'file'>): string {
  const line = message.text
    .split(/\s*\n\s*/)
    .filter(Boolean)
    .join(' · ')
    .replace(/\s+/g, ' ')
    .trim();
  const summary = line || message.file?.name || '…';
  return summary.length <= SUMMARY_LIMIT ? summary : `${summary.slice(0, SUMMARY_LIMIT - 1).trimEnd()}…`;
}

const DETAILS_PREFIX = 'more:';

/**
 * The payload of each of a template's buttons for `message`: the id of the choice whose
 * label is the button's text, else a request for the full message.
 */
export function buttonPayloads(template: CloudTemplate, message: OutboundMessage, label: (key: string) => string): string[] {
  return template.buttons.map((key) => {
    const text = label(key);
    return message.choices?.find((choice) => choice.label === text)?.id ?? `${DETAILS_PREFIX}${message.id}`;
  });
}

/** The outbox id whose full message a button payload asks for, if it is such a request. */
export function detailsRequested(payload: string): number | undefined {
  if (!payload.startsWith(DETAILS_PREFIX)) return undefined;
  const id = Number(payload.slice(DETAILS_PREFIX.length));
  return Number.isSafeInteger(id) && id > 0 ? id : undefined;
}

/** A template as Meta's `message_templates` endpoint takes it. */
export interface TemplateDefinition {
  name: string;
  language: string;
  category: 'UTILITY';
  parameter_format: 'POSITIONAL';
  components: [
    { type: 'BODY'; text: string; example: { body_text: string[][] } },
    { type: 'BUTTONS'; buttons: { type: 'QUICK_REPLY'; text: string }[] },
  ];
}

/** Every template in every locale, ready to submit for approval. */
export function templateDefinitions(translator: Translator): TemplateDefinition[] {
  return CLOUD_TEMPLATES.flatMap((template) =>
    (Object.keys(TEMPLATE_LANGUAGES) as Locale[]).map(
      (locale): TemplateDefinition => ({
        name: template.name,
        language: TEMPLATE_LANGUAGES[locale],
        category: 'UTILITY',
        parameter_format: 'POSITIONAL',
        components: [
          {
            type: 'BODY',
            text: translator.t(locale, template.body, { summary: '{{1}}' }),
            example: { body_text: [[translator.t(locale, template.example)]] },
          },
          { type: 'BUTTONS', buttons: template.buttons.map((key) => ({ type: 'QUICK_REPLY', text: translator.t(locale, key) })) },
        ],
      }),
    ),
  );
}
