/**
 * The realistic mix of messages both inbound benchmarks replay: newcomers redeeming
 * invites, people changing language (a question and a button press), POCs inviting
 * through a three-step flow, small PDF uploads, /siguiente, /ayuda and stray text, sessions
 * interleaved as they are when many people write at once.
 */
import { seededRandom } from '../test/support/random.js';

/** One message of the mix, independent of how a bot receives it. */
export type MixStep =
  | { kind: 'start'; invite: number }
  | { kind: 'command'; command: string }
  | { kind: 'choice'; value: string }
  | { kind: 'text'; text: string }
  | { kind: 'file'; file: number };

/** A message from one chat. */
export interface MixMessage {
  chatId: number;
  step: MixStep;
}

/** The mix, and how many invites and files it needs prepared. */
export interface Mix {
  messages: MixMessage[];
  invites: number;
  files: number;
}

/** The smallest valid PDF, made unique by `serial` (so each upload is a new file). */
export function tinyPdf(serial: number): Uint8Array {
  return new TextEncoder().encode(`%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\n% acta ${serial}\ntrailer<</Root 1 0 R>>\n%%EOF\n`);
}

/** The role invite number `index` grants: one newcomer in five is a POC, the rest delegados. */
export function inviteRole(index: number): 'poc' | 'delegado' {
  return index % 5 === 0 ? 'poc' : 'delegado';
}

/**
 * Builds `sessions` sessions: a quarter from newcomers (fresh chat ids starting at
 * `newcomerChatId`; the POCs among them then invite a gremio contact), the rest from
 * known people (`knownChatIds`, each at most once).
 */
export function buildMix(options: { sessions: number; knownChatIds: readonly number[]; newcomerChatId: number; seed: number }): Mix {
  const random = seededRandom(options.seed);
  let invites = 0;
  let files = 0;
  const scripts: MixMessage[][] = [];
  const used = new Set<number>();
  for (let s = 0; s < options.sessions; s++) {
    const script: MixStep[] = [];
    let chatId: number;
    const roll = random();
    if (roll < 0.25) {
      chatId = options.newcomerChatId + invites;
      script.push({ kind: 'start', invite: invites });
      if (inviteRole(invites) === 'poc') {
        script.push({ kind: 'command', command: 'invitar' }, { kind: 'choice', value: 'gremio' }, { kind: 'choice', value: 'AME' });
      }
      invites++;
    } else {
      do chatId = options.knownChatIds[Math.floor(random() * options.knownChatIds.length)]!;
      while (used.has(chatId));
    }
    used.add(chatId);
    script.push(
      { kind: 'command', command: 'idioma' },
      { kind: 'choice', value: 'en' },
      { kind: 'command', command: 'idioma' },
      { kind: 'choice', value: 'es' },
      { kind: 'file', file: files++ },
      { kind: 'command', command: 'siguiente' },
      { kind: 'command', command: 'ayuda' },
      { kind: 'text', text: 'gracias' },
    );
    scripts.push(script.map((step) => ({ chatId, step })));
  }
  // Interleave: at each turn one of the open sessions says its next message.
  const messages: MixMessage[] = [];
  const open = scripts.map((script) => ({ script, next: 0 }));
  const window = 200;
  const active = open.splice(0, window);
  while (active.length > 0) {
    const index = Math.floor(random() * active.length);
    const session = active[index]!;
    messages.push(session.script[session.next++]!);
    if (session.next === session.script.length) {
      active.splice(index, 1);
      const refill = open.shift();
      if (refill) active.push(refill);
    }
  }
  return { messages, invites, files };
}
