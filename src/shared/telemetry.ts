/**
 * What the running bot counts about itself, for /metrics and /healthz: messages in and out
 * per channel, failed sends, scheduler sweeps, and the state of each channel. One registry
 * per app (tests build many apps in one process), in Prometheus' model via prom-client.
 */
import { Counter, Histogram, Registry } from 'prom-client';

/** How a channel is doing, as far as the bot can tell. */
export type ChannelHealth = 'starting' | 'up' | 'failing' | 'logged_out' | 'stopped';

/** Consecutive failed sends after which a channel counts as failing. */
const FAILING_AFTER = 5;

/** The bot's counters and the latest facts /healthz reads. */
export class Telemetry {
  readonly registry = new Registry();
  /** Inbound messages by channel and outcome (handled, duplicate, failed). */
  readonly messagesIn = new Counter({
    name: 'eab_messages_in_total',
    help: 'Inbound messages handled by the engine, by channel and outcome.',
    labelNames: ['channel', 'outcome'] as const,
    registers: [this.registry],
  });
  /** Send attempts by channel and result (sent, retry, transient, unreachable, failed). */
  readonly messagesOut = new Counter({
    name: 'eab_messages_out_total',
    help: 'Outbound send attempts by channel and result (sent, retry, transient, unreachable, failed).',
    labelNames: ['channel', 'result'] as const,
    registers: [this.registry],
  });
  /** How long scheduler sweeps take. */
  readonly sweepSeconds = new Histogram({
    name: 'eab_scheduler_sweep_duration_seconds',
    help: 'Duration of scheduler sweeps.',
    buckets: [0.01, 0.05, 0.1, 0.2, 0.5, 1, 2, 5],
    registers: [this.registry],
  });
  private lastSweep: Date | undefined;
  private readonly channels = new Map<string, { state: ChannelHealth; failures: number }>();

  /** Records one inbound message. */
  inbound(channel: string, outcome: string): void {
    this.messagesIn.inc({ channel, outcome });
  }

  /** Records one send attempt; five failures in a row mark the channel as failing. */
  outbound(channel: string, result: 'sent' | 'retry' | 'transient' | 'unreachable' | 'failed'): void {
    this.messagesOut.inc({ channel, result });
    const entry = this.channels.get(channel);
    if (!entry) return;
    entry.failures = result === 'transient' ? entry.failures + 1 : 0;
    if (entry.state === 'up' && entry.failures >= FAILING_AFTER) entry.state = 'failing';
    else if (entry.state === 'failing' && entry.failures === 0) entry.state = 'up';
  }

  /** Records a finished sweep. */
  sweep(at: Date, durationMs: number): void {
    this.lastSweep = at;
    this.sweepSeconds.observe(durationMs / 1000);
  }

  /** When the last sweep finished (undefined before the first). */
  lastSweepAt(): Date | undefined {
    return this.lastSweep;
  }

  /** Sets a channel's state (main.ts: started, stopped; WhatsApp: logged out). */
  channel(channel: string, state: ChannelHealth): void {
    const entry = this.channels.get(channel);
    if (entry) entry.state = state;
    else this.channels.set(channel, { state, failures: 0 });
  }

  /** Every channel's state. */
  channelStates(): Record<string, ChannelHealth> {
    return Object.fromEntries([...this.channels].map(([channel, entry]) => [channel, entry.state]));
  }
}
