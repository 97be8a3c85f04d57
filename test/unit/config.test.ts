import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

describe('configuration', () => {
  it('runs on the console with the documented defaults when nothing is set', () => {
    const config = loadConfig({});
    expect(config.dataDir).toBe('./data');
    expect(config.databasePath).toBe('data/bot.db');
    expect(config.defaultLocale).toBe('es');
    expect(config.timeZone).toBe('America/Guayaquil');
    expect(config.reminders.offsetsMs).toEqual([24 * 3_600_000, 2 * 3_600_000]);
    expect(config.reminders.window).toEqual({ startMinute: 8 * 60, endMinute: 19 * 60 });
    expect(config.telegram).toBeUndefined();
    expect(config.whatsapp).toBeUndefined();
  });

  it('derives the database from DATA_DIR and treats empty strings as unset', () => {
    const config = loadConfig({ DATA_DIR: '/srv/bot', TELEGRAM_BOT_TOKEN: '' });
    expect(config.databasePath).toBe('/srv/bot/bot.db');
    expect(config.telegram).toBeUndefined();
  });

  it('names every bad variable at once and never repeats a value', () => {
    const secret = 'hunter2-is-not-a-token';
    try {
      loadConfig({ TELEGRAM_BOT_TOKEN: secret, MAX_UPLOAD_MB: '-3', DEFAULT_LOCALE: 'fr', TELEGRAM_WEBHOOK_URL: 'https://example.org/hook' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const message = (error as Error).message;
      for (const name of ['TELEGRAM_BOT_TOKEN', 'MAX_UPLOAD_MB', 'DEFAULT_LOCALE', 'TELEGRAM_WEBHOOK_SECRET']) expect(message).toContain(name);
      expect(message).not.toContain(secret);
    }
  });

  it('accepts "00:00-24:00" as an always-open reminder window', () => {
    expect(loadConfig({ REMINDER_WINDOW: '00:00-24:00' }).reminders.window).toEqual({ startMinute: 0, endMinute: 1440 });
  });

  it('serves the web portal on 127.0.0.1:8080 by default, and not at all with WEB_PORT=0', () => {
    expect(loadConfig({}).web).toEqual({ port: 8080, host: '127.0.0.1', baseUrl: 'http://localhost:8080', rateLimitPerMinute: 600 });
    expect(loadConfig({ WEB_PORT: '0' }).web).toBeUndefined();
    expect(loadConfig({ WEB_PORT: '9000', WEB_BASE_URL: 'https://gobiernoabierto.example.ec/' }).web?.baseUrl).toBe('https://gobiernoabierto.example.ec');
  });

  it('refuses a web base URL that is not http(s) and a port out of range', () => {
    expect(() => loadConfig({ WEB_BASE_URL: 'ftp://example.ec' })).toThrow(/WEB_BASE_URL/);
    expect(() => loadConfig({ WEB_PORT: '70000' })).toThrow(/WEB_PORT/);
  });
});
