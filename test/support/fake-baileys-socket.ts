/**
 * A stand-in for a Baileys socket: Baileys' own event emitter (`makeEventBuffer`), messages
 * built with Baileys' `proto` classes, closes carrying a Boom-shaped error. No network.
 */
import {
  DisconnectReason,
  makeEventBuffer,
  proto,
  type AnyMessageContent,
  type WAMessage,
} from '@whiskeysockets/baileys';
import pino from 'pino';
import type { SocketSettings, WhatsAppSocket } from '../../src/channels/whatsapp/socket.js';

/** A message the fake received through `sendMessage`. */
export interface SentCall {
  jid: string;
  content: AnyMessageContent;
  /** The id the sent message got. */
  id: string;
}

/** What a person's message carries, in the fake's shorthand. */
export interface IncomingMessage {
  id: string;
  /** The chat: a phone-number JID, a LID, a group, `status@broadcast`... */
  from: string;
  /** `key.remoteJidAlt` (v7): the phone-number JID when `from` is a LID, or the LID when `from` is a phone number. */
  fromAlt?: string;
  text?: string;
  /** Any Baileys message content instead of `text`. */
  message?: proto.IMessage;
  fromMe?: boolean;
  pushName?: string;
  /** When it was sent, in seconds since 1970 (default: now). */
  timestamp?: number;
}

let sentSequence = 0;

/** A Boom-shaped error, as Baileys puts in `lastDisconnect.error`. */
export function boomError(statusCode: number, message = 'Connection Closed'): Error {
  return Object.assign(new Error(message), { isBoom: true, output: { statusCode, payload: { statusCode, message } } });
}

/** The fake socket; test helpers emit events as WhatsApp would make Baileys emit them. */
export class FakeBaileysSocket implements WhatsAppSocket {
  readonly ev = makeEventBuffer(pino({ level: 'silent' }));
  readonly sent: SentCall[] = [];
  readonly pairingCodeRequests: string[] = [];
  /** LID → phone-number JID, as Baileys' LID mapping store would answer. */
  readonly lidMappings = new Map<string, string>();
  /** Phone-number JIDs `onWhatsApp` reports as not registered. */
  readonly notOnWhatsApp = new Set<string>();
  readonly signalRepository = {
    lidMapping: { getPNForLID: async (lid: string) => this.lidMappings.get(lid) ?? null },
  };
  /** When set, `sendMessage` fails with it. */
  sendError: Error | undefined;
  ended = false;

  constructor(readonly settings: SocketSettings) {}

  async sendMessage(jid: string, content: AnyMessageContent): Promise<WAMessage | undefined> {
    if (this.sendError) throw this.sendError;
    const id = `BOT${++sentSequence}`;
    this.sent.push({ jid, content, id });
    const message: proto.IMessage =
      'text' in content
        ? { conversation: content.text }
        : 'document' in content
          ? { documentMessage: { fileName: content.fileName ?? null, mimetype: content.mimetype, caption: content.caption ?? null } }
          : {};
    return proto.WebMessageInfo.fromObject({ key: { remoteJid: jid, fromMe: true, id }, message }) as WAMessage;
  }

  async onWhatsApp(...jids: string[]): Promise<{ jid: string; exists: boolean }[]> {
    return jids.filter((jid) => !this.notOnWhatsApp.has(jid)).map((jid) => ({ jid, exists: true }));
  }

  async updateMediaMessage(message: WAMessage): Promise<WAMessage> {
    return message;
  }

  async requestPairingCode(phoneNumber: string): Promise<string> {
    this.pairingCodeRequests.push(phoneNumber);
    return 'FAKE1234';
  }

  end(error: Error | undefined): void {
    this.ended = true;
    this.ev.emit('connection.update', { connection: 'close', lastDisconnect: { error, date: new Date() } });
  }

  /** The connection opens. */
  open(): void {
    this.ev.emit('connection.update', { connection: 'open' });
  }

  /** WhatsApp offers a QR to pair with. */
  qr(code = '2@fake-qr-ref'): void {
    this.ev.emit('connection.update', { connection: 'connecting', qr: code });
  }

  /** The connection closes for `reason` (a `DisconnectReason` code). */
  close(reason: DisconnectReason): void {
    this.ev.emit('connection.update', { connection: 'close', lastDisconnect: { error: boomError(reason), date: new Date() } });
  }

  /** Messages arrive, built as Baileys builds them (`type` notify unless told). */
  receive(messages: IncomingMessage[], type: 'notify' | 'append' = 'notify'): void {
    this.ev.emit('messages.upsert', { messages: messages.map(toWebMessage), type });
  }

  /** The text of every message sent to `jid` (document captions included). */
  textsTo(jid: string): string[] {
    return this.sent
      .filter((call) => call.jid === jid)
      .map((call) => ('text' in call.content ? call.content.text : 'caption' in call.content ? (call.content.caption ?? '') : ''));
  }
}

function toWebMessage(incoming: IncomingMessage): WAMessage {
  const message = proto.WebMessageInfo.fromObject({
    key: { remoteJid: incoming.from, fromMe: incoming.fromMe ?? false, id: incoming.id },
    message: incoming.message ?? { conversation: incoming.text ?? '' },
    messageTimestamp: incoming.timestamp ?? Math.floor(Date.now() / 1000),
    ...(incoming.pushName ? { pushName: incoming.pushName } : {}),
  }) as WAMessage;
  // remoteJidAlt is not a protobuf field: Baileys sets it on the decoded key, and so does this.
  if (incoming.fromAlt) message.key.remoteJidAlt = incoming.fromAlt;
  return message;
}

/** Builds fake sockets for the adapter and keeps every one it built (one per connection). */
export class FakeSocketFactory {
  readonly sockets: FakeBaileysSocket[] = [];

  readonly create = (settings: SocketSettings): FakeBaileysSocket => {
    const socket = new FakeBaileysSocket(settings);
    this.sockets.push(socket);
    return socket;
  };

  /** The socket of the current connection. */
  get latest(): FakeBaileysSocket {
    const socket = this.sockets.at(-1);
    if (!socket) throw new Error('no socket was created');
    return socket;
  }
}
