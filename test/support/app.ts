/** Builds a real app on a temporary data folder, with a clock the test moves. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp, type App, type AppOptions } from '../../src/app.js';
import type { ChannelId, Inbound } from '../../src/shared/messages.js';
import { loadConfig } from '../../src/config.js';
import type { MessageArgs } from '../../src/shared/i18n.js';
import type { OutboxPayload } from '../../src/store/schema.js';
import { endConversation } from '../../src/store/conversations.js';
import { findIdentity, personById, setProfile } from '../../src/store/people.js';
import { testLogger } from './logs.js';

/**
 * A clock that only moves when the test says so. Its default instant is fixed (a Tuesday
 * at 10:00 in Guayaquil), not the machine's time: a database prepared with it and then
 * used by a spawned bot on the real clock holds rows dated in the future.
 */
export class FakeClock {
  constructor(private current = new Date('2026-11-24T15:00:00Z')) {}
  now(): Date {
    return new Date(this.current);
  }
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
  set(date: Date): void {
    this.current = new Date(date);
  }
}

/** A temporary folder, removed by `cleanup()`. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'eab-'));
}

/** An app for tests, with helpers to talk to it as people would. */
export interface TestApp {
  app: App;
  clock: FakeClock;
  dataDir: string;
  /** Sends a message from `address` and returns the messages queued for it in reply. */
  say(address: string, text: string, extra?: Partial<Inbound>): OutboxPayload[];
  /** Every message queued so far for `address`, oldest first. */
  inbox(address: string): OutboxPayload[];
  /**
   * Creates an invite, redeems it from `address` and returns the person id. The person
   * answers the one-time profile with their handle as full name (or `profile`'s values).
   */
  join(address: string, grant: Parameters<App['invites']['create']>[0], profile?: { name: string; position: string; institution: string }): number;
  /** Counts rows of a table. */
  count(table: string): number;
  /** Sends a command that answers with a summary (/estado, /foro), then "see details"; returns the detail's replies. */
  detail(address: string, command: string): OutboxPayload[];
  /** The Spanish text of a message (to type a choice's label as a person would, without copying wording into tests). */
  es(key: string, args?: MessageArgs): string;
  cleanup(): void;
}

let sequence = 0;

/** Builds a TestApp on the console channel; `env` overrides configuration variables. */
export function testApp(env: Record<string, string> = {}, options: AppOptions = {}): TestApp {
  const dataDir = tempDir();
  const config = loadConfig({ DATA_DIR: dataDir, ...env });
  const clock = new FakeClock();
  const app = createApp(config, { clock, logger: testLogger(), ...options });
  const channel: ChannelId = 'console';

  const inbox = (address: string): OutboxPayload[] =>
    (
      app.db.$client
        .prepare('SELECT payload FROM outbox WHERE channel = ? AND address = ? ORDER BY id')
        .all(channel, address) as { payload: string }[]
    ).map((row) => JSON.parse(row.payload) as OutboxPayload);

  const say = (address: string, text: string, extra: Partial<Inbound> = {}): OutboxPayload[] => {
    const before = inbox(address).length;
    app.engine.handle({ channel, externalId: `t${++sequence}`, address, displayName: address, text, ...extra });
    return inbox(address).slice(before);
  };

  return {
    app,
    clock,
    dataDir,
    say,
    inbox,
    join(address, grant, profile) {
      const { code } = app.invites.create(grant);
      say(address, `/start ${code}`);
      const identity = findIdentity(app.db, channel, address);
      if (!identity?.personId) throw new Error(`${address} was not onboarded`);
      if (!personById(app.db, identity.personId)!.profiledAt) {
        // The one-time profile question, answered as if typed (no extra messages): the handle is the full name.
        setProfile(app.db, identity.personId, { fullName: profile?.name ?? address, position: profile?.position ?? 'Cargo', institution: profile?.institution ?? 'Institución', now: clock.now() });
        endConversation(app.db, identity.id);
      }
      return identity.personId;
    },
    es: (key, args) => app.translator.t('es', key, args),
    detail(address, command) {
      say(address, command);
      return say(address, app.translator.t('es', 'choice-detail'));
    },
    count: (table) => (app.db.$client.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n,
    cleanup() {
      app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * A test app whose clock starts at the real time, for data handed to a bot process: the
 * process runs on the real clock, so data made at the fixed test date would age (invites
 * expire after a week) as the calendar moves on.
 */
export function testAppAtRealTime(env: Record<string, string> = {}): TestApp {
  const setup = testApp(env);
  setup.clock.set(new Date());
  return setup;
}

/** Picks the choice whose label matches, as a person pressing a button would. */
export function choiceId(message: OutboxPayload | undefined, label: string | RegExp): string {
  const choice = message?.choices?.find((c) => (typeof label === 'string' ? c.label === label : label.test(c.label)));
  if (!choice) throw new Error(`no choice ${String(label)} in ${JSON.stringify(message)}`);
  return choice.id;
}
