/**
 * The values that must never reach a log line or an error message: bot tokens, webhook
 * secrets, API keys, session keys. The configuration registers every secret variable of
 * the environment; adapters register what they learn at run time (session keys). The
 * logger passes every line through `scrub()`, nested errors and URLs included.
 */

/** Environment variables whose values are secrets, by name. */
const SECRET_NAME = /(TOKEN|SECRET|PASSWORD|PASSPHRASE|API_KEY|ACCESS_KEY|PRIVATE_KEY|APP_KEY)$/i;

/** Shorter values are not registered: they would redact ordinary words and numbers. */
const MIN_SECRET_LENGTH = 8;

/** What replaces a secret. */
export const REDACTED = '[redacted]';

const secrets = new Set<string>();
let pattern: RegExp | undefined;

/** Whether an environment variable's name says it holds a secret. */
export function isSecretVariable(name: string): boolean {
  return SECRET_NAME.test(name);
}

/**
 * Registers a secret. A Telegram token (`123:ABC…`) also registers its secret half, so
 * the token is redacted however a URL or a library splits or encodes it.
 */
export function addSecret(value: string | undefined): void {
  if (!value || value.length < MIN_SECRET_LENGTH) return;
  const forms = [value, encodeURIComponent(value)];
  const colon = value.indexOf(':');
  if (colon > 0 && value.length - colon - 1 >= MIN_SECRET_LENGTH) forms.push(value.slice(colon + 1));
  let added = false;
  for (const form of forms) {
    if (!secrets.has(form)) {
      secrets.add(form);
      added = true;
    }
  }
  if (added) pattern = undefined;
}

/** Registers the value of every variable of `env` whose name marks it as a secret. */
export function addSecretsOf(env: Record<string, string | undefined>): void {
  for (const [name, value] of Object.entries(env)) if (isSecretVariable(name)) addSecret(value);
}

/** `text` with every registered secret replaced by REDACTED. */
export function scrub(text: string): string {
  if (secrets.size === 0) return text;
  pattern ??= new RegExp(
    [...secrets]
      .sort((a, b) => b.length - a.length)
      .map((secret) => secret.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('|'),
    'g',
  );
  return text.replace(pattern, REDACTED);
}
