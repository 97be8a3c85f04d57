/**
 * A fake Telegram Bot API server on 127.0.0.1 for tests and benchmarks. It speaks the Bot
 * API's shapes for the methods the bot uses, queues updates for getUpdates with real offset
 * semantics (an offset confirms every update below it), serves registered files, records
 * every call, and can fail on demand or enforce Telegram's rate limits with 429s.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Update } from 'grammy/types';

/** An error answer the server gives instead of a result. */
export interface ApiFailure {
  error_code: number;
  description?: string;
  retry_after?: number;
}

/** Telegram's limits, enforced with 429 answers when `rateLimit` is set. */
export interface RateLimit {
  /** Sends accepted per second across all chats (Telegram: about 30). */
  globalPerSecond: number;
  /** Minimum ms between two sends to one chat (Telegram: about 1000). */
  perChatIntervalMs: number;
}

/** One request the server received. */
export interface RecordedCall {
  method: string;
  /** The parameters; multipart fields that hold JSON are parsed. */
  params: Record<string, unknown>;
  /** The uploaded file of a multipart request (sendDocument), with its bytes. */
  upload?: { name: string; size: number; bytes: Buffer };
  /** 200, or the error code answered. */
  status: number;
  /** Date.now() when it arrived. */
  at: number;
}

/** A file the test registered, as getFile and the download route serve it. */
export interface RegisteredFile {
  fileId: string;
  fileUniqueId: string;
  filePath: string;
  bytes: Uint8Array;
  /** The size getFile and the update report (may differ from the bytes, to test limits). */
  size: number;
}

/** How the fake server behaves. */
export interface FakeBotApiOptions {
  token?: string;
  /** Enforce Telegram's sending limits with 429 + retry_after. */
  rateLimit?: RateLimit;
  /** Cap on how long one getUpdates waits, whatever timeout it asks (default 1 s). */
  maxPollSeconds?: number;
  /** The largest file a bot may upload; larger ones are answered 413 (Telegram: 50 MB). */
  uploadLimitBytes?: number;
}

/** Methods that send a message to a chat, subject to rate limits and blocks. */
const SEND_METHODS = new Set(['sendMessage', 'sendDocument', 'sendPhoto', 'copyMessage', 'forwardMessage']);

/** The default token: the shape @BotFather gives. */
export const FAKE_TOKEN = '123456:ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** A fake Bot API server; start it with `FakeBotApi.start()`. */
export class FakeBotApi {
  /** Every request, in arrival order. */
  readonly calls: RecordedCall[] = [];
  /** The offset of every getUpdates, in order (what the bot confirmed). */
  readonly offsets: number[] = [];
  /** The update ids of each non-empty getUpdates answer. */
  readonly deliveries: number[][] = [];
  /** The file paths downloaded through /file/bot<token>/<path>. */
  readonly downloads: string[] = [];
  /** How many sends were answered 429 by the rate limit. */
  rateLimited = 0;
  rateLimit: RateLimit | undefined;
  readonly token: string;

  private queue: Update[] = [];
  private nextUpdateId = 500_000;
  private nextMessageId = 1;
  private nextFileId = 1;
  private readonly pollers = new Set<() => void>();
  /** Per method, what its next calls answer: a failure, or null for a normal answer. */
  private readonly failures = new Map<string, (ApiFailure | 'network' | null)[]>();
  private readonly files = new Map<string, RegisteredFile>();
  private readonly stalled = new Set<string>();
  private readonly blocked = new Set<string>();
  private readonly lastSendToChat = new Map<string, number>();
  private recentSends: number[] = [];
  private readonly maxPollSeconds: number;
  private readonly uploadLimitBytes: number;
  private server!: Server;

  private constructor(options: FakeBotApiOptions) {
    this.token = options.token ?? FAKE_TOKEN;
    this.rateLimit = options.rateLimit;
    this.maxPollSeconds = options.maxPollSeconds ?? 1;
    this.uploadLimitBytes = options.uploadLimitBytes ?? 50 * 1024 * 1024;
  }

  /** Starts a server on 127.0.0.1 on a free port. */
  static async start(options: FakeBotApiOptions = {}): Promise<FakeBotApi> {
    const api = new FakeBotApi(options);
    api.server = createServer((request, response) => void api.route(request, response));
    await new Promise<void>((resolve) => api.server.listen(0, '127.0.0.1', resolve));
    return api;
  }

  /** The root to give grammY (`client.apiRoot`) or TELEGRAM_API_ROOT. */
  get apiRoot(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** Stops the server, dropping open long polls and stalled downloads. */
  async close(): Promise<void> {
    for (const wake of this.pollers) wake();
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  // ---- updates -------------------------------------------------------------------

  /** Queues an update for getUpdates; returns its update_id. */
  enqueue(update: Omit<Update, 'update_id'>): number {
    const update_id = this.nextUpdateId++;
    this.queue.push({ ...update, update_id });
    for (const wake of this.pollers) wake();
    return update_id;
  }

  /**
   * An update with a message as a person would send it (update_id 0: `enqueue` assigns
   * one); `chatId` below 0 makes it a group.
   */
  message(chatId: number, fields: Record<string, unknown>, from: { first_name?: string; language_code?: string } = {}): Update {
    const user = { id: Math.abs(chatId), is_bot: false, first_name: from.first_name ?? `User${Math.abs(chatId)}`, language_code: from.language_code ?? 'es' };
    const chat = chatId < 0 ? { id: chatId, type: 'group', title: `Group${-chatId}` } : { id: chatId, type: 'private', first_name: user.first_name };
    return { update_id: 0, message: { message_id: this.nextMessageId++, date: Math.floor(Date.now() / 1000), chat, from: user, ...fields } } as Update;
  }

  /** Queues a text message from `chatId`. */
  sendText(chatId: number, text: string, from?: { first_name?: string; language_code?: string }): number {
    return this.enqueue(this.message(chatId, { text }, from));
  }

  /** Queues a press of an inline button carrying `data` in `chatId`. */
  pressButton(chatId: number, data: string): number {
    const { message } = this.message(chatId, { text: '…' });
    return this.enqueue({ callback_query: { id: `cq${this.nextUpdateId}`, from: message!.from, chat_instance: `ci${chatId}`, message: message!, data } });
  }

  /** Registers a file and queues a document message carrying it; `size` overrides the reported size. */
  sendDocument(chatId: number, bytes: Uint8Array, fileName: string, options: { caption?: string; size?: number } = {}): { updateId: number; file: RegisteredFile } {
    const file = this.registerFile(bytes, options.size);
    const document = { file_id: file.fileId, file_unique_id: file.fileUniqueId, file_name: fileName, file_size: file.size };
    return { updateId: this.enqueue(this.message(chatId, { document, caption: options.caption })), file };
  }

  /** Registers a file and queues a photo message carrying it (a small and the full size). */
  sendPhoto(chatId: number, bytes: Uint8Array): { updateId: number; file: RegisteredFile } {
    const thumb = this.registerFile(bytes.slice(0, 16));
    const file = this.registerFile(bytes);
    const size = (f: RegisteredFile, side: number) => ({ file_id: f.fileId, file_unique_id: f.fileUniqueId, width: side, height: side, file_size: f.size });
    return { updateId: this.enqueue(this.message(chatId, { photo: [size(thumb, 90), size(file, 1280)] })), file };
  }

  /** Registers bytes for getFile and download. */
  registerFile(bytes: Uint8Array, size = bytes.byteLength): RegisteredFile {
    const n = this.nextFileId++;
    const file = { fileId: `file${n}`, fileUniqueId: `uniq${n}`, filePath: `documents/file_${n}`, bytes, size };
    this.files.set(file.fileId, file);
    return file;
  }

  /** Updates queued and not yet confirmed by an offset. */
  pending(): number[] {
    return this.queue.map((update) => update.update_id);
  }

  // ---- behaviour -----------------------------------------------------------------

  /**
   * Answers `times` calls of `method` with `failure` ('network' drops the connection),
   * after letting the next `after` calls through normally.
   */
  failNext(method: string, failure: ApiFailure | 'network', times = 1, after = 0): void {
    const queue = this.failures.get(method) ?? [];
    for (let i = 0; i < after; i++) queue.push(null);
    for (let i = 0; i < times; i++) queue.push(failure);
    this.failures.set(method, queue);
  }

  /** Downloads of this file never answer (until the server closes). */
  stallDownloads(file: RegisteredFile): void {
    this.stalled.add(file.filePath);
  }

  /** Lets downloads of this file answer again. */
  releaseDownloads(file: RegisteredFile): void {
    this.stalled.delete(file.filePath);
  }

  /** Sends to this chat answer 403 "bot was blocked by the user". */
  block(chatId: number): void {
    this.blocked.add(String(chatId));
  }

  // ---- assertions ----------------------------------------------------------------

  /** Successful sends (sendMessage, sendDocument), optionally to one chat, in order. */
  sent(chatId?: number): RecordedCall[] {
    return this.calls.filter(
      (call) => call.status === 200 && SEND_METHODS.has(call.method) && (chatId === undefined || String(call.params.chat_id) === String(chatId)),
    );
  }

  /** The text (or caption) of each successful send to a chat. */
  texts(chatId: number): string[] {
    return this.sent(chatId).map((call) => String((call.params.text ?? call.params.caption ?? '') as string));
  }

  /** Calls of one method. */
  callsOf(method: string): RecordedCall[] {
    return this.calls.filter((call) => call.method === method);
  }

  /** Resolves once `predicate` holds; rejects after `timeoutMs` with `what` in the message. */
  async waitFor(predicate: () => boolean, what = 'condition', timeoutMs = 4000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!predicate()) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  // ---- HTTP ----------------------------------------------------------------------

  private async route(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const filePrefix = `/file/bot${this.token}/`;
    if (request.method === 'GET' && url.pathname.startsWith(filePrefix)) return this.serveFile(url.pathname.slice(filePrefix.length), response);
    const match = /^\/bot([^/]+)\/(\w+)$/.exec(url.pathname);
    if (!match) return reply(response, 404, { ok: false, error_code: 404, description: 'Not Found' });
    const method = match[2]!;
    const { params, upload } = await readParams(request);
    const call: RecordedCall = { method, params, upload, status: 200, at: Date.now() };
    this.calls.push(call);
    if (match[1] !== this.token) return this.fail(response, call, { error_code: 401, description: 'Unauthorized' });
    if (upload && upload.size > this.uploadLimitBytes) return this.fail(response, call, { error_code: 413, description: 'Request Entity Too Large' });
    const failure = this.failures.get(method)?.shift() ?? this.sendRefusal(method, params);
    if (failure === 'network') {
      call.status = 0;
      request.socket.destroy();
      return;
    }
    if (failure) return this.fail(response, call, failure);
    const result = method === 'getUpdates' ? await this.getUpdates(params, response) : this.result(method, params, upload);
    if (result === undefined) return this.fail(response, call, { error_code: 404, description: 'Not Found: method not found' });
    if (result instanceof Error) return this.fail(response, call, { error_code: 400, description: result.message });
    reply(response, 200, { ok: true, result });
  }

  private fail(response: ServerResponse, call: RecordedCall, failure: ApiFailure): void {
    call.status = failure.error_code;
    const parameters = failure.retry_after === undefined ? undefined : { retry_after: failure.retry_after };
    const description = failure.description ?? (failure.error_code === 429 ? `Too Many Requests: retry after ${failure.retry_after ?? 1}` : 'Error');
    reply(response, failure.error_code, { ok: false, error_code: failure.error_code, description, parameters });
  }

  /** A block or a rate-limit refusal for a send, if one applies. */
  private sendRefusal(method: string, params: Record<string, unknown>): ApiFailure | undefined {
    if (!SEND_METHODS.has(method)) return undefined;
    const chat = String(params.chat_id);
    if (this.blocked.has(chat)) return { error_code: 403, description: 'Forbidden: bot was blocked by the user' };
    if (!this.rateLimit) return undefined;
    const now = Date.now();
    this.recentSends = this.recentSends.filter((at) => now - at < 1000);
    const sinceChat = now - (this.lastSendToChat.get(chat) ?? -Infinity);
    let waitMs = 0;
    if (sinceChat < this.rateLimit.perChatIntervalMs) waitMs = this.rateLimit.perChatIntervalMs - sinceChat;
    if (this.recentSends.length >= this.rateLimit.globalPerSecond) waitMs = Math.max(waitMs, 1000 - (now - this.recentSends[0]!));
    if (waitMs > 0) {
      this.rateLimited++;
      return { error_code: 429, retry_after: Math.max(1, Math.ceil(waitMs / 1000)) };
    }
    this.recentSends.push(now);
    this.lastSendToChat.set(chat, now);
    return undefined;
  }

  private async getUpdates(params: Record<string, unknown>, response: ServerResponse): Promise<Update[]> {
    const offset = Number(params.offset ?? 0);
    const limit = Number(params.limit ?? 100);
    this.offsets.push(offset);
    if (offset > 0) this.queue = this.queue.filter((update) => update.update_id >= offset);
    const waitSeconds = Math.min(Number(params.timeout ?? 0), this.maxPollSeconds);
    if (this.queue.length === 0 && waitSeconds > 0) {
      await new Promise<void>((resolve) => {
        const wake = () => {
          clearTimeout(timer);
          this.pollers.delete(wake);
          resolve();
        };
        const timer = setTimeout(wake, waitSeconds * 1000);
        this.pollers.add(wake);
        response.once('close', wake);
      });
    }
    const batch = response.destroyed ? [] : this.queue.slice(0, limit);
    if (batch.length > 0) this.deliveries.push(batch.map((update) => update.update_id));
    return batch;
  }

  private result(method: string, params: Record<string, unknown>, upload: RecordedCall['upload']): unknown {
    const chat = { id: Number(params.chat_id), type: 'private' };
    const base = () => ({ message_id: this.nextMessageId++, date: Math.floor(Date.now() / 1000), chat });
    switch (method) {
      case 'getMe':
        return { id: Number(this.token.split(':')[0]), is_bot: true, first_name: 'Fake', username: 'fake_bot', can_join_groups: true, can_read_all_group_messages: false, supports_inline_queries: false };
      case 'sendMessage':
        return { ...base(), text: params.text, reply_markup: params.reply_markup };
      case 'sendDocument':
        return { ...base(), caption: params.caption, document: { file_id: `sent${this.nextFileId++}`, file_unique_id: 'sent', file_name: upload?.name, file_size: upload?.size } };
      case 'getFile': {
        const file = this.files.get(String(params.file_id));
        if (!file) return new Error('Bad Request: invalid file_id');
        return { file_id: file.fileId, file_unique_id: file.fileUniqueId, file_size: file.size, file_path: file.filePath };
      }
      case 'answerCallbackQuery':
      case 'setMyCommands':
      case 'deleteMyCommands':
      case 'setWebhook':
      case 'deleteWebhook':
        return true;
      default:
        return undefined;
    }
  }

  private serveFile(path: string, response: ServerResponse): void {
    this.downloads.push(path);
    if (this.stalled.has(path)) return;
    const file = [...this.files.values()].find((candidate) => candidate.filePath === path);
    if (!file) {
      reply(response, 404, { ok: false, error_code: 404, description: 'Not Found' });
      return;
    }
    response.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': file.bytes.byteLength }).end(file.bytes);
  }
}

function reply(response: ServerResponse, status: number, body: unknown): void {
  if (response.destroyed) return;
  response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

/** Reads JSON or multipart parameters; a multipart file is reported as `upload`. */
async function readParams(request: IncomingMessage): Promise<{ params: Record<string, unknown>; upload?: RecordedCall['upload'] }> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const body = Buffer.concat(chunks);
  const boundary = /boundary=(.+)$/.exec(request.headers['content-type'] ?? '')?.[1];
  if (body.length === 0) return { params: {} };
  if (!boundary) return { params: JSON.parse(body.toString('utf8')) as Record<string, unknown> };
  const params: Record<string, unknown> = {};
  let upload: RecordedCall['upload'];
  for (const part of multipartParts(body, boundary)) {
    if (part.fileName !== undefined) upload = { name: part.fileName, size: part.content.length, bytes: part.content };
    else {
      const value = part.content.toString('utf8');
      params[part.name] = /^[[{]/.test(value) ? JSON.parse(value) : value;
    }
  }
  return { params, upload };
}

/**
 * The parts of a multipart/form-data body. grammY writes headers such as
 * `content-disposition:form-data;name="x";filename=a.pdf` (no spaces, unquoted file
 * name), which Node's own `Response.formData()` refuses, hence this small parser.
 */
function multipartParts(body: Buffer, boundary: string): { name: string; fileName?: string; content: Buffer }[] {
  const delimiter = Buffer.from(`--${boundary}`);
  const parts: { name: string; fileName?: string; content: Buffer }[] = [];
  let start = body.indexOf(delimiter);
  while (start !== -1) {
    const next = body.indexOf(delimiter, start + delimiter.length);
    if (next === -1) break;
    const part = body.subarray(start + delimiter.length + 2, next - 2);
    const headerEnd = part.indexOf('\r\n\r\n');
    const headers = part.subarray(0, headerEnd).toString('utf8');
    const name = /name="?([^";\r\n]+)"?/.exec(headers)?.[1] ?? '';
    const fileName = /filename="?([^";\r\n]+)"?/.exec(headers)?.[1];
    parts.push({ name, fileName, content: part.subarray(headerEnd + 4) });
    start = next;
  }
  return parts;
}
