/**
 * Telegram's command menu: a guest menu per language at start, and for each chat the
 * commands meaningful to that person's roles (chat scope), set again only when it changes.
 */
import type { Api } from 'grammy';
import type { Logger } from 'pino';
import { LOCALES, type Locale } from '../../shared/i18n.js';

/** One entry of the menu: the command without slash and its one-line description. */
export interface MenuEntry {
  command: string;
  description: string;
}

/** Where the menus come from (the app knows roles and locales; the adapter does not). */
export interface MenuSource {
  /** The menu for someone the bot does not know yet, in `locale`. */
  guest?: (locale: Locale) => MenuEntry[];
  /** The menu of the person behind a chat, in their locale. */
  forChat?(address: string): { locale: Locale; commands: MenuEntry[] };
}

/** Sets menus with setMyCommands; failures are logged, never thrown (a menu is a convenience). */
export class CommandMenus {
  /** The menu last set per chat, as JSON, so an unchanged one costs no call. */
  private readonly lastSet = new Map<string, string>();

  constructor(
    private readonly api: Api,
    private readonly source: MenuSource,
    private readonly defaultLocale: Locale,
    private readonly logger: Logger,
  ) {}

  /** Sets the guest menu for every locale, and the default locale's as the fallback. */
  async setDefaults(): Promise<void> {
    const guest = this.source.guest;
    if (!guest) return;
    await this.attempt(() => this.api.setMyCommands(guest(this.defaultLocale)));
    for (const locale of LOCALES) await this.attempt(() => this.api.setMyCommands(guest(locale), { language_code: locale }));
  }

  /** Sets the chat's own menu if it differs from the last one set. */
  async refresh(address: string): Promise<void> {
    if (!this.source.forChat) return;
    const { commands } = this.source.forChat(address);
    const json = JSON.stringify(commands);
    if (this.lastSet.get(address) === json) return;
    const done = await this.attempt(() => this.api.setMyCommands(commands, { scope: { type: 'chat', chat_id: Number(address) } }));
    if (done) this.lastSet.set(address, json);
  }

  private async attempt(call: () => Promise<unknown>): Promise<boolean> {
    try {
      await call();
      return true;
    } catch (error) {
      this.logger.warn({ err: error }, 'telegram setMyCommands failed');
      return false;
    }
  }
}
