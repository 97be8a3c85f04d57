/**
 * The console channel: the whole process in one terminal. Each stdin line
 * `@handle: text` is a message from the person `handle`; a line without the prefix
 * speaks as the last handle. `@handle: /adjuntar PATH [caption]` uploads a local file.
 * Output is readable text, or with `jsonl` one JSON object per outbound message.
 */
import { randomBytes } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { DocumentStore } from '../store/documents.js';
import { isStoreUnavailable } from '../store/unavailable.js';
import type { ChannelAdapter, InboundHandler, SendResult } from './types.js';
import type { Inbound, OutboundMessage } from '../shared/messages.js';

/** How the console channel is set up. */
export interface ConsoleOptions {
  input: Readable;
  output: Writable;
  /** One JSON line per outbound message, and nothing else on the output. */
  jsonl: boolean;
  documents: DocumentStore;
  /** Called when handling a line fails unexpectedly; the next lines are still read. */
  onError(error: unknown): void;
}

/** The console adapter, plus a promise that settles once stdin ends and every line is handled. */
export interface ConsoleAdapter extends ChannelAdapter {
  readonly finished: Promise<void>;
}

/** The handle of a line without prefix before any handle was named. */
const DEFAULT_HANDLE = 'usuario';
const LINE = /^@([a-z0-9_]{1,32}):\s?(.*)$/s;
const ATTACH = /^\/(?:adjuntar|attach)\s+(?:"([^"]+)"|(\S+))\s*(.*)$/s;

/** Creates the console channel. */
export function createConsoleAdapter(options: ConsoleOptions): ConsoleAdapter {
  const runId = `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
  let lastHandle = DEFAULT_HANDLE;
  let lineNumber = 0;
  let finish: () => void = () => {};
  const finished = new Promise<void>((resolve) => (finish = resolve));
  let reader: ReturnType<typeof createInterface> | undefined;
  let stopped = false;

  async function toInbound(line: string): Promise<Inbound | undefined> {
    const match = LINE.exec(line);
    if (match) lastHandle = match[1]!;
    const body = (match ? match[2]! : line).trim();
    if (!body) return undefined;
    const base = { channel: 'console' as const, externalId: `${runId}:${++lineNumber}`, address: lastHandle, displayName: lastHandle };
    const attach = ATTACH.exec(body);
    if (!attach) return { ...base, text: body };
    const path = (attach[1] ?? attach[2])!;
    const caption = attach[3]?.trim() || undefined;
    const name = path.split(/[\\/]/).pop() ?? path;
    try {
      const info = await stat(path);
      if (!info.isFile()) throw new Error('not a file');
      if (info.size > options.documents.maxBytes) return { ...base, text: caption, refusedFile: options.documents.tooLarge(name, info.size) };
      const stored = await options.documents.put(await readFile(path), name);
      return stored.ok ? { ...base, text: caption, file: stored.file } : { ...base, text: caption, refusedFile: stored.refused };
    } catch (error) {
      if (isStoreUnavailable(error)) throw error;
      return { ...base, text: caption, refusedFile: { reason: 'download_failed', name } };
    }
  }

  /** Handles one line; while the store cannot take it (disk full), tries again, later and later, in order. */
  async function handleLine(line: string, onInbound: InboundHandler): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      try {
        const inbound = await toInbound(line);
        if (inbound) await onInbound(inbound);
        return;
      } catch (error) {
        if (!isStoreUnavailable(error) || stopped) throw error;
        options.onError(error);
        await new Promise((resolve) => setTimeout(resolve, Math.min(30_000, 500 * 2 ** attempt)));
      }
    }
  }

  function render(message: OutboundMessage): string {
    if (options.jsonl) {
      return `${JSON.stringify({
        to: message.address,
        ...(message.key ? { key: message.key } : {}),
        text: message.text,
        ...(message.choices?.length ? { choices: message.choices } : {}),
        ...(message.file ? { file: { name: message.file.name, path: message.file.path } } : {}),
      })}\n`;
    }
    const lines = [`→ @${message.address}: ${message.text.replace(/\n/g, '\n   ')}`];
    message.choices?.forEach((choice, index) => lines.push(`   ${index + 1}. ${choice.label}`));
    if (message.file) lines.push(`   📎 ${message.file.name} (${message.file.path})`);
    return `${lines.join('\n')}\n`;
  }

  return {
    id: 'console',
    limits: { globalPerSecond: 10_000, perChatIntervalMs: 0 },
    finished,
    async start(onInbound: InboundHandler) {
      reader = createInterface({ input: options.input, crlfDelay: Infinity, terminal: false });
      let queue = Promise.resolve();
      reader.on('line', (line) => {
        queue = queue.then(() => handleLine(line, onInbound)).catch((error: unknown) => options.onError(error));
      });
      reader.on('close', () => void queue.then(finish));
    },
    async send(message: OutboundMessage): Promise<SendResult> {
      options.output.write(render(message));
      return { kind: 'sent' };
    },
    async stop() {
      stopped = true;
      reader?.close();
    },
  };
}
