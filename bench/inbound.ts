/**
 * Inbound throughput and latency of the real engine and store: the mix replayed as
 * Telegram messages through `app.receive`, uploads stored through `app.documents.put`
 * first, as the Telegram adapter does. Button presses carry the choice ids the bot offered.
 */
import type { App } from '../src/app.js';
import type { Inbound } from '../src/shared/messages.js';
import { inviteRole, tinyPdf, type Mix, type MixMessage } from './mix.js';
import { engineShare, summarize } from './stats.js';

/** Creates the invites a mix redeems, in its order; delegados get a GAD each. */
export function createMixInvites(app: App, mix: Mix, gadIds: readonly number[]): string[] {
  const codes: string[] = [];
  for (let i = 0; i < mix.invites; i++) {
    const role = inviteRole(i);
    codes.push(app.invites.create(role === 'poc' ? { role } : { role, gadId: gadIds[i % gadIds.length]! }).code);
  }
  return codes;
}

/**
 * Replays the mix; the first `warmup` messages are not measured. With `yieldEach`, the
 * event loop runs between messages, as it does when updates arrive from the network (so a
 * web server in the same process gets its turn). A second replay on the same app needs its
 * own `idPrefix` (message ids already seen are dropped as re-deliveries).
 */
export async function benchInbound(app: App, mix: Mix, codes: readonly string[], warmup: number, options: { yieldEach?: boolean; idPrefix?: string } = {}) {
  const { yieldEach = false, idPrefix = 'bench' } = options;
  const files = Array.from({ length: mix.files }, (_, i) => tinyPdf(i));
  const offered = app.db.$client.prepare(
    `SELECT c.choices AS choices FROM conversations c JOIN identities i ON i.id = c.identity_id WHERE i.channel = 'telegram' AND i.address = ?`,
  );
  /** The id under which the open question offered `value` to the chat (what its button carries). */
  const choiceIdFor = (message: MixMessage, value: string): string => {
    const row = offered.get(String(message.chatId)) as { choices: string } | undefined;
    const byId = row ? (JSON.parse(row.choices) as { byId: Record<string, { value: string }> }).byId : {};
    const id = Object.entries(byId).find(([, choice]) => choice.value === value)?.[0];
    if (!id) throw new Error(`chat ${message.chatId} was not offered ${value}`);
    return id;
  };

  const durations: number[] = [];
  /** The engine's own part of each message: `app.receive`, without the file store's write before it. */
  const engineDurations: number[] = [];
  let fileStoreMs = 0;
  const outcomes = { handled: 0, duplicate: 0, failed: 0 };
  let wallStart = performance.now();
  for (const [index, message] of mix.messages.entries()) {
    if (index === warmup) wallStart = performance.now();
    if (yieldEach) await new Promise((resolve) => setImmediate(resolve));
    const { step } = message;
    const inbound: Inbound = { channel: 'telegram', externalId: `${idPrefix}:${index}`, address: String(message.chatId), displayName: `Persona ${message.chatId}` };
    if (step.kind === 'start') inbound.text = `/start ${codes[step.invite]}`;
    else if (step.kind === 'command') inbound.text = `/${step.command}`;
    else if (step.kind === 'text') inbound.text = step.text;
    else if (step.kind === 'choice') inbound.choiceId = choiceIdFor(message, step.value);
    const started = performance.now();
    if (step.kind === 'file') {
      const stored = await app.documents.put(files[step.file]!, `acta-${step.file}.pdf`);
      if (!stored.ok) throw new Error('the benchmark PDF was refused');
      inbound.file = stored.file;
    }
    const received = performance.now();
    outcomes[await app.receive(inbound)]++;
    if (index >= warmup) {
      const done = performance.now();
      durations.push(done - started);
      engineDurations.push(done - received);
      fileStoreMs += received - started;
    }
  }
  const wallMs = performance.now() - wallStart;
  return { ...summarize(durations, wallMs), outcomes, ...engineShare(engineDurations, fileStoreMs, wallMs) };
}
