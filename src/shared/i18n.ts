/**
 * Every sentence a person reads comes from `locales/<locale>.ftl` (Fluent). Code refers to
 * messages by id only, through `m()`; a test checks that every id used exists in both files.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FluentBundle, FluentResource, type FluentVariable } from '@fluent/bundle';
import { projectPath } from './project-root.js';

/** The locales the bot speaks; Spanish first. */
export const LOCALES = ['es', 'en'] as const;
/** A locale id. */
export type Locale = (typeof LOCALES)[number];

/** Text written in each locale by the code's data (the Guía's names), not by the .ftl files. */
export interface Localized {
  es: string;
  en: string;
}

/** Arguments of a message; a Localized value is rendered in the reader's locale. */
export type MessageArgs = Record<string, string | number | Localized>;

/** A reference to a localized message, rendered later in the recipient's locale. */
export interface MessageRef {
  key: string;
  args?: MessageArgs;
}

/** Text to show as it is (a name a person typed, a province): never translated. */
export interface RawText {
  raw: string;
}

/** What can be shown to a person: a message, raw text, or a name in both locales. */
export type Text = MessageRef | RawText | Localized;

/** A reference to the message `key` with `args`. */
export function m(key: string, args?: MessageArgs): MessageRef {
  return args ? { key, args } : { key };
}

/** Raw text, shown as it is in every locale. */
export function raw(text: string): RawText {
  return { raw: text };
}

/** Whether a string is a supported locale. */
export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}

/** The supported locale of a language tag ("es-419" → es, "en_US" → en), if there is one. */
export function localeOfTag(tag: string | undefined): Locale | undefined {
  const language = tag?.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return isLocale(language) ? language : undefined;
}

/** The folder holding the .ftl files. */
export const LOCALES_DIR = projectPath('locales');

/** Renders messages in any supported locale; unknown ids throw (they are bugs). */
export class Translator {
  private readonly bundles = new Map<Locale, FluentBundle>();

  constructor(directory: string = LOCALES_DIR) {
    for (const locale of LOCALES) {
      const bundle = new FluentBundle(locale, { useIsolating: false });
      const errors = bundle.addResource(new FluentResource(readFileSync(join(directory, `${locale}.ftl`), 'utf8')));
      if (errors.length > 0) throw new Error(`locales/${locale}.ftl: ${errors.map(String).join('; ')}`);
      this.bundles.set(locale, bundle);
    }
  }

  /** Renders `text` in `locale`. */
  render(locale: Locale, text: Text): string {
    if ('raw' in text) return text.raw;
    if ('es' in text) return text[locale];
    return this.t(locale, text.key, text.args);
  }

  /** Renders the message `key` in `locale`. */
  t(locale: Locale, key: string, args?: MessageArgs): string {
    const bundle = this.bundles.get(locale)!;
    const message = bundle.getMessage(key);
    if (!message?.value) throw new Error(`unknown message id: ${key}`);
    const errors: Error[] = [];
    const values: Record<string, FluentVariable> = {};
    for (const [name, value] of Object.entries(args ?? {})) values[name] = typeof value === 'object' ? value[locale] : value;
    const text = bundle.formatPattern(message.value, values, errors);
    if (errors.length > 0) throw new Error(`message ${key}: ${errors.map(String).join('; ')}`);
    return text;
  }

  /** Whether `key` exists (in the Spanish bundle; a test keeps both files aligned). */
  has(key: string): boolean {
    return this.bundles.get('es')!.hasMessage(key);
  }
}

let shared: Translator | undefined;

/** One Translator for code that renders outside a conversation (documents the bot writes). */
export function sharedTranslator(): Translator {
  return (shared ??= new Translator());
}
