/**
 * Fuzz suite: ten thousand generated inputs through the real engine and store, from
 * strangers and onboarded people, some in the middle of a conversation. Every input is
 * answered (a re-delivered id is the one input deliberately ignored: the channel already
 * had it), nothing throws or fails, and inputs the bot refuses change no state.
 *
 * Refusals, by construction: unknown and malformed commands, forged choice ids, files of
 * a type not accepted, text that is not an answer (no open question, or a question that
 * takes only its choices) — codes that look like invites included, unless they cancel an
 * open conversation (/start CODE ends it by design, so it is not counted a refusal then).
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Inbound } from '../../src/shared/messages.js';
import { choiceNumber } from '../../src/engine/answers.js';
import { createGad } from '../../src/store/gads.js';
import { foldText, stripControlCharacters } from '../../src/shared/text.js';
import { testApp } from '../support/app.js';
import { seededRandom } from '../support/random.js';
import { stateSnapshot } from '../support/snapshot.js';

const INPUTS = 10_000;
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 1_000_000);
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

// The clock stands still while thousands of inputs arrive, so the per-stranger limit (tested
// on its own in flood.test.ts) would silence strangers here; this suite is about the inputs.
const t = testApp({ UNREGISTERED_MESSAGES_PER_MINUTE: '1000000' });
afterAll(() => t.cleanup());
const random = seededRandom(SEED);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const int = (max: number) => Math.floor(random() * max);

/** Random code points from every plane people's phones produce, and some they do not. */
function randomUnicode(length: number): string {
  const ranges: [number, number][] = [
    [0x20, 0x7e], [0xa0, 0x24f], [0x300, 0x36f], [0x590, 0x6ff], [0x900, 0x97f], [0x4e00, 0x4fff],
    [0x200b, 0x200f], [0x202a, 0x202e], [0xfe00, 0xfe0f], [0x1f300, 0x1f6ff], [0x1f900, 0x1f9ff], [0xe000, 0xe0ff],
  ];
  let text = '';
  for (let i = 0; i < length; i++) {
    const [low, high] = pick(ranges);
    text += String.fromCodePoint(low + int(high - low + 1));
  }
  // A lone surrogate now and then, as a broken client may send.
  return random() < 0.05 ? `${text}\ud800` : text;
}

function controlCharacters(length: number): string {
  return Array.from({ length }, () => String.fromCharCode(pick([0, 1, 7, 8, 9, 10, 13, 27, 31, 127, 0x85, 0x9b]))).join('');
}

function fakeCode(): string {
  const code = Array.from({ length: 16 }, () => pick([...CROCKFORD])).join('');
  return pick([code, code.toLowerCase(), `${code.slice(0, 4)}-${code.slice(4, 8)} ${code.slice(8)}`]);
}

function randomBytes(length: number): Uint8Array {
  return Uint8Array.from({ length }, () => int(256));
}

/** Bytes with a real header of a type the store refuses (zip, gif, exe, ELF, script). */
function wrongTypeBytes(): { bytes: Uint8Array; name: string } {
  const [header, name] = pick([
    ['PK\u0003\u0004\u0014\u0000\u0000\u0000', 'acta.pdf'],
    ['GIF89a\u0001\u0000\u0001\u0000', 'foto.jpg'],
    ['MZ\u0090\u0000\u0003\u0000', 'informe.docx'],
    ['\u007fELF\u0002\u0001\u0001', '../../etc/passwd'],
    ['#!/bin/sh\nrm -rf /\n', 'plan.odt'],
  ] as const);
  const bytes = new Uint8Array(64 + int(512));
  bytes.set(new TextEncoder().encode(header));
  return { bytes, name };
}

function tinyPdf(): Uint8Array {
  return new TextEncoder().encode(`%PDF-1.4\n% ${random()}\n%%EOF\n`);
}

/** The open conversation's offer, read from the store. */
function openOffer(address: string): { byId: Record<string, { label: string }>; acceptsText: boolean } | undefined {
  const row = t.app.db.$client
    .prepare(`SELECT c.choices AS choices FROM conversations c JOIN identities i ON i.id = c.identity_id WHERE i.channel = 'console' AND i.address = ?`)
    .get(address) as { choices: string } | undefined;
  return row && JSON.parse(row.choices);
}

/** The id of the newest outbox row (rows are only appended). */
function lastOutboxId(): number {
  return (t.app.db.$client.prepare('SELECT coalesce(max(id), 0) AS id FROM outbox').get() as { id: number }).id;
}

/** How many rows queued after `sinceId` are for `address`. */
function repliesSince(sinceId: number, address: string): number {
  return (t.app.db.$client.prepare(`SELECT count(*) AS n FROM outbox WHERE id > ? AND address = ?`).get(sinceId, address) as { n: number }).n;
}

/** The state, without the idle timer a conversation's every message touches. */
function state(): string {
  return stateSnapshot(t.app).replace(/"updated_at":\d+/g, '');
}

interface Generated {
  kind: string;
  inbound: Omit<Inbound, 'channel' | 'externalId' | 'address'>;
  /** Whether the bot must refuse it without changing any state. */
  refused: boolean;
}

/** One generated input for `address`, given whether it has an open conversation. */
async function generate(address: string): Promise<Generated> {
  const offer = openOffer(address);
  /** Whether plain text is refused: no open question, or a question it does not answer. */
  const refusesText = (body: string): boolean => {
    const typed = stripControlCharacters(body).slice(0, 4000).trim();
    if (typed.startsWith('/')) return false;
    if (!offer) return true;
    const choices = Object.values(offer.byId);
    if (offer.acceptsText || choices.length === 0) return false;
    const folded = foldText(typed);
    const index = (choiceNumber(typed) ?? 0) - 1;
    return !choices[index] && !choices.some((choice) => foldText(choice.label) === folded);
  };
  const text = (kind: string, body: string, refused = refusesText(body)): Generated => ({ kind, inbound: { text: body }, refused });
  switch (int(14)) {
    case 0:
      return text('unicode', randomUnicode(1 + int(60)));
    case 1:
      return text('empty', pick(['', ' ', '\n\n', '\u200b', '\t']));
    case 2:
      return text('huge', pick(['a', 'ñ', '😀', ' ', '/']).repeat(10_000));
    case 3:
      return text('control', controlCharacters(1 + int(20)) + pick(['', 'hola', '/ayuda']));
    case 4:
      return text('unknown-command', `/${pick(['zz', 'x_', 'qq'])}${randomUnicode(int(12)).replace(/\s/g, '')} ${randomUnicode(int(20))}`, true);
    case 5:
      return text('malformed-command', pick(['/', '//', '/ ', '/@', '/@bot', '/\u0000', '/start@', '/🙂']), true);
    case 6: {
      const body = pick(['', '/start ']) + fakeCode();
      return text('code-like', body, body.startsWith('/') ? !offer : refusesText(body));
    }
    case 7:
      return { kind: 'forged-choice', inbound: { choiceId: pick([fakeCode().slice(0, 8), '', 'x'.repeat(64), '../../etc', '__proto__', 'constructor']) }, refused: true };
    case 8: {
      const put = await t.app.documents.put(randomBytes(int(2048)), randomUnicode(int(30)));
      return { kind: 'random-bytes', inbound: put.ok ? { file: put.file } : { refusedFile: put.refused }, refused: !put.ok };
    }
    case 9: {
      const { bytes, name } = wrongTypeBytes();
      const put = await t.app.documents.put(bytes, name);
      return { kind: 'wrong-type', inbound: put.ok ? { file: put.file } : { refusedFile: put.refused }, refused: !put.ok };
    }
    case 10: {
      const put = await t.app.documents.put(tinyPdf(), pick(['acta.pdf', '../../etc/passwd', 'C:\\Windows\\x.pdf', '']));
      if (!put.ok) throw new Error('a valid PDF was refused');
      return { kind: 'pdf', inbound: { file: put.file, text: pick([undefined, 'acta firmada']) }, refused: false };
    }
    case 11:
      return text('number', String(int(12)));
    case 12:
      return text('legit', pick(['/idioma', '/language', '/invitar', '/ayuda', '/cancelar', '/start', 'english', '1', '2']), false);
    default:
      return text('known-command-noise', pick(['/IDIOMA', '/Idioma@estado_bot', '/ayuda extra', '/cancel now']), false);
  }
}

describe('fuzzing the engine', () => {
  it(`answers ${INPUTS} hostile and random inputs without failing, and refusals change nothing`, { timeout: 180_000 }, async () => {
    const rejections: unknown[] = [];
    const onRejection = (reason: unknown) => rejections.push(reason);
    process.on('unhandledRejection', onRejection);
    const gad = createGad(t.app.db, { name: 'Fuzzópolis', level: 'municipal', province: 'Azuay', canton: 'Cuenca', entry: 'interest', status: 'accepted', now: t.clock.now() });
    const people = ['poc_a', 'poc_b', 'deleg', 'foro1'];
    t.join('poc_a', { role: 'poc' });
    t.join('poc_b', { role: 'poc' });
    t.join('deleg', { role: 'delegado', gadId: gad.id });
    t.join('foro1', { role: 'foro', gadId: gad.id });
    const senders = [...people, ...Array.from({ length: 12 }, (_, i) => `stranger${i}`)];
    const counts = new Map<string, number>();
    let lastInbound: Inbound | undefined;

    for (let n = 0; n < INPUTS; n++) {
      const address = pick(senders);
      // Now and then a person opens a conversation first, so inputs land mid-flow.
      if (people.includes(address) && random() < 0.15) t.say(address, pick(['/idioma', '/invitar']));
      const context = `seed ${SEED}, input ${n}`;

      if (lastInbound && random() < 0.02) {
        // A channel re-delivering an id already handled: deliberately ignored.
        const [before, sinceId] = [state(), lastOutboxId()];
        expect(t.app.engine.handle(lastInbound), `${context}: re-delivery`).toBe('duplicate');
        expect(state(), `${context}: re-delivery changed something`).toBe(before);
        expect(lastOutboxId(), `${context}: re-delivery was answered again`).toBe(sinceId);
        continue;
      }

      const generated = await generate(address);
      const inbound: Inbound = { channel: 'console', externalId: `fuzz-${SEED}-${n}`, address, displayName: address, ...generated.inbound };
      const before = generated.refused ? state() : '';
      const sinceId = lastOutboxId();
      let outcome: string;
      try {
        outcome = t.app.engine.handle(inbound);
      } catch (error) {
        throw new Error(`${context}: ${generated.kind} threw: ${String(error)}\n${JSON.stringify(inbound).slice(0, 300)}`, { cause: error });
      }
      const what = `${context}: ${generated.kind} ${JSON.stringify(inbound).slice(0, 200)}`;
      expect(outcome, what).toBe('handled');
      expect(repliesSince(sinceId, address), `${what}: not answered`).toBeGreaterThan(0);
      if (generated.refused) expect(state(), `${what}: a refused input changed the state`).toBe(before);
      counts.set(generated.kind, (counts.get(generated.kind) ?? 0) + 1);
      lastInbound = inbound;
    }

    await new Promise((resolve) => setImmediate(resolve));
    process.off('unhandledRejection', onRejection);
    expect(rejections, `seed ${SEED}`).toEqual([]);
    // Every kind of input was generated a fair number of times.
    expect(counts.size, `seed ${SEED}`).toBe(14);
    for (const [kind, n] of counts) expect(n, `seed ${SEED}: ${kind}`).toBeGreaterThan(INPUTS / 30);
    // No file is left unreferenced but for strangers' refused-to-keep uploads, cleaned at start-up.
    expect(t.app.db.$client.pragma('integrity_check', { simple: true })).toBe('ok');
  });
});
