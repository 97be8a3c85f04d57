/**
 * A fake of Meta's WhatsApp Business Cloud API on 127.0.0.1, for tests. It speaks the real
 * payload shapes: POST /<version>/<phone-number-id>/messages (answers with a wamid, or an
 * error body with Meta's codes), POST /<version>/<phone-number-id>/media (multipart
 * upload), GET /<version>/<media-id> (the media's URL and size) and the download of that
 * URL with the bearer token. It also plays Meta's side of the webhook: it builds message
 * and status notifications as Meta sends them, signs them with the app secret
 * (X-Hub-Signature-256 over the escaped-unicode body, as Meta computes it) and posts them.
 */
import { createHash, createHmac, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** The fake's credentials: what the bot must be configured with. */
export const FAKE_CLOUD = {
  token: 'EAAGfakeCloudApiToken0123456789abcdefABCDEF',
  phoneNumberId: '106540352242922',
  displayNumber: '15550783881',
  appSecret: '0123456789abcdef0123456789abcdef',
  verifyToken: 'fake-verify-token-0123456789',
  wabaId: '102290129340398',
};

/** Meta's words for the error codes the fake can answer with. */
const ERRORS: Record<number, { message: string; details: string; http: number }> = {
  131047: { message: 'Re-engagement message', details: 'Message failed to send because more than 24 hours have passed since the customer last replied to this number.', http: 400 },
  131026: { message: 'Message Undeliverable.', details: 'Message failed to send because the recipient cannot receive WhatsApp messages.', http: 400 },
  131056: { message: '(Business Account, Consumer Account) pair rate limit hit', details: 'Message failed to send because there were too many messages sent from this phone number to the same phone number in a short period of time.', http: 400 },
  130429: { message: 'Rate limit hit', details: 'Cloud API message throughput has been reached.', http: 400 },
  132001: { message: 'Template name does not exist in the translation', details: 'template name (estado_abierto_notification) does not exist in es', http: 404 },
  131000: { message: 'Something went wrong', details: 'Message failed to send due to an unknown error.', http: 500 },
  190: { message: 'Error validating access token: Session has expired.', details: 'The access token has expired.', http: 401 },
};

/** A template component of a send, as the tests read it. */
type TemplateComponent =
  | { type: 'body'; parameters: { type: 'text'; text: string }[] }
  | { type: 'button'; sub_type: string; index: number; parameters: { type: 'payload'; payload: string }[] };

/** The body of POST /messages, as far as the tests read it. */
export interface MessageRequest {
  messaging_product: string;
  to: string;
  type: string;
  text?: { body: string };
  document?: { id?: string; link?: string; caption?: string; filename?: string };
  interactive?: {
    type: 'button' | 'list';
    body: { text: string };
    action: {
      buttons?: { type: 'reply'; reply: { id: string; title: string } }[];
      button?: string;
      sections?: { title?: string; rows: { id: string; title: string; description?: string }[] }[];
    };
  };
  template?: { name: string; language: { code: string; policy?: string }; components: TemplateComponent[] };
}

/** One message the bot sent, as the fake received it. */
export interface SentMessage {
  /** The wamid the fake answered with. */
  id: string;
  to: string;
  type: string;
  /** The request body as posted. */
  body: MessageRequest;
}

/** A webhook notification, as Meta posts it. */
export interface Notification {
  object: string;
  entry: {
    id: string;
    changes: {
      field: string;
      value: {
        messaging_product: string;
        metadata: { display_phone_number: string; phone_number_id: string };
        contacts?: { profile: { name: string }; wa_id: string }[];
        messages?: Record<string, unknown>[];
        statuses?: Record<string, unknown>[];
      };
    }[];
  }[];
}

/** A scripted failure: the next sends matching it are refused with `code`. */
export interface ScriptedFailure {
  code: number;
  /** Only sends to this number (wa_id); any when omitted. */
  to?: string;
  /** How many sends it refuses (default 1). */
  times?: number;
  /** Answer 5xx with a body that is not JSON (a proxy's error page). */
  notJson?: boolean;
  /** Meta's words instead of the usual ones (some errors echo what was sent). */
  message?: string;
}

/** A template Meta approved: its name, language and quick-reply button texts. */
export interface ApprovedTemplate {
  name: string;
  language: string;
  buttons: readonly string[];
}

/** Media the fake serves to the bot (a person's upload). */
interface HostedMedia {
  bytes: Uint8Array;
  mime: string;
  /** The size GET /<media-id> reports; when it lies, the download is streamed without Content-Length. */
  declaredSize: number;
}

/** A message a person sends, in the webhook's shape minus what the fake fills in. */
export type PersonMessage = Record<string, unknown> & { type: string };

/** A fake Cloud API; start it with `FakeGraphApi.start()`. */
export class FakeGraphApi {
  /** Messages accepted, in order. */
  readonly sent: SentMessage[] = [];
  /** Every request (method, path, status), for assertions on what was called. */
  readonly requests: { method: string; path: string; status: number; authorized: boolean }[] = [];
  /** Files uploaded through /media, by media id. */
  readonly uploads = new Map<string, { name: string; type: string; bytes: Buffer }>();
  /** Scripted failures, consumed in order. */
  readonly failures: ScriptedFailure[] = [];
  /** Where the fake posts webhooks (the bot's /whatsapp/webhook). */
  webhookUrl = '';

  private readonly media = new Map<string, HostedMedia>();
  private sequence = 0;

  private constructor(
    private readonly server: Server,
    /** The clock of the person's messages' timestamps (the test's clock). */
    private readonly now: () => Date,
    /** The approved templates; sending any other is refused with 132001, as Meta does. */
    private readonly templates: readonly ApprovedTemplate[],
  ) {}

  /** Starts the fake on a free port. */
  static async start(options: { now?: () => Date; templates?: readonly ApprovedTemplate[] } = {}): Promise<FakeGraphApi> {
    let fake: FakeGraphApi | undefined;
    const server = createServer((request, response) => void fake!.handle(request, response));
    fake = new FakeGraphApi(server, options.now ?? (() => new Date()), options.templates ?? []);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return fake;
  }

  /** What WHATSAPP_CLOUD_API_ROOT must be. */
  get apiRoot(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  // --- What the bot sent -------------------------------------------------------------

  /** Messages sent to a number, in order. */
  sentTo(number: string): SentMessage[] {
    return this.sent.filter((message) => message.to === number);
  }

  /** The text a person reads in each message to them (a text's body, an interactive's body, a caption). */
  textsTo(number: string): string[] {
    return this.sentTo(number).map((message) => readableText(message));
  }

  /** The last message to a number. */
  lastTo(number: string): SentMessage {
    const last = this.sentTo(number).at(-1);
    if (!last) throw new Error(`nothing was sent to ${number}`);
    return last;
  }

  // --- Media a person sends ------------------------------------------------------------

  /** Hosts a file as a person's upload; returns its media id. */
  hostMedia(bytes: Uint8Array, mime: string, declaredSize = bytes.byteLength): string {
    const id = String(900_000_000_000 + ++this.sequence);
    this.media.set(id, { bytes, mime, declaredSize });
    return id;
  }

  // --- Meta's side of the webhook --------------------------------------------------------

  /** A notification with a person's message, as Meta sends it. */
  messageNotification(from: string, message: PersonMessage, options: { name?: string; id?: string } = {}): Notification {
    const id = options.id ?? this.wamid();
    const timestamp = String(Math.floor(this.now().getTime() / 1000));
    return this.notification({
      contacts: [{ profile: { name: options.name ?? 'Ana' }, wa_id: from }],
      messages: [{ from, id, timestamp, ...message }],
    });
  }

  /** A notification with status reports of messages the bot sent, as Meta sends it. */
  statusNotification(...statuses: { id: string; status: string; to: string; errorCode?: number }[]): Notification {
    const timestamp = String(Math.floor(this.now().getTime() / 1000));
    return this.notification({
      statuses: statuses.map(({ id, status, to, errorCode }) => ({
        id,
        status,
        timestamp,
        recipient_id: to,
        ...(errorCode === undefined
          ? { pricing: { billable: true, pricing_model: 'PMP', category: 'utility', type: 'regular' } }
          : { errors: [{ code: errorCode, title: ERRORS[errorCode]?.message ?? 'Error', message: ERRORS[errorCode]?.message ?? 'Error', error_data: { details: ERRORS[errorCode]?.details ?? '' }, href: 'https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes/' }] }),
      })),
    });
  }

  /** The X-Hub-Signature-256 Meta sends with `body`. */
  sign(body: string, secret = FAKE_CLOUD.appSecret): string {
    // Meta signs the payload with non-ASCII characters escaped as \uXXXX (lower-case hex).
    const escaped = body.replace(/[^\0-~]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
    return `sha256=${createHmac('sha256', secret).update(escaped).digest('hex')}`;
  }

  /** Posts a notification to the webhook, signed unless `signature` says otherwise; the HTTP status. */
  async deliver(notification: Notification, options: { signature?: string | null } = {}): Promise<number> {
    const body = JSON.stringify(notification);
    const signature = options.signature === undefined ? this.sign(body) : options.signature;
    const response = await fetch(this.webhookUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(signature === null ? {} : { 'x-hub-signature-256': signature }) },
      body,
    });
    await response.arrayBuffer();
    return response.status;
  }

  /** A person's text message, delivered; resolves when the bot answered the webhook (it is handled). */
  async say(from: string, text: string, options: { name?: string } = {}): Promise<number> {
    return this.deliver(this.messageNotification(from, { type: 'text', text: { body: text } }, options));
  }

  /** A person pressing a reply button or a list row of the last interactive message to them. */
  async choose(from: string, title: string): Promise<number> {
    const offered = interactiveChoices(this.lastTo(from));
    const choice = offered.find((option) => option.title === title || option.description === title);
    if (!choice) throw new Error(`no choice "${title}" in the last message to ${from}: ${JSON.stringify(offered)}`);
    const reply = choice.kind === 'button' ? { type: 'button_reply', button_reply: { id: choice.id, title: choice.title } } : { type: 'list_reply', list_reply: { id: choice.id, title: choice.title, ...(choice.description ? { description: choice.description } : {}) } };
    return this.deliver(this.messageNotification(from, { type: 'interactive', context: { from: FAKE_CLOUD.displayNumber, id: this.lastTo(from).id }, interactive: reply }));
  }

  /** A person pressing a quick-reply button of the last template sent to them. */
  async pressTemplateButton(from: string, text: string): Promise<number> {
    const template = this.sentTo(from).filter((message) => message.type === 'template').at(-1);
    if (!template) throw new Error(`no template was sent to ${from}`);
    const { name, language, components } = template.body.template!;
    const index = this.approved(name, language.code)?.buttons.indexOf(text) ?? -1;
    const button = components.find((component) => component.type === 'button' && component.index === index);
    if (!button || button.type !== 'button') throw new Error(`no button "${text}" in ${name}`);
    const payload = button.parameters[0]!.payload;
    return this.deliver(this.messageNotification(from, { type: 'button', context: { from: FAKE_CLOUD.displayNumber, id: template.id }, button: { payload, text } }));
  }

  /** A person sending a document (or, with an image MIME type, a photo). */
  async sendFile(from: string, bytes: Uint8Array, options: { name: string; mime: string; caption?: string; declaredSize?: number }): Promise<number> {
    const id = this.hostMedia(bytes, options.mime, options.declaredSize);
    const sha256 = createHash('sha256').update(bytes).digest('base64');
    const media = { mime_type: options.mime, sha256, id, ...(options.caption ? { caption: options.caption } : {}) };
    const message = options.mime.startsWith('image/') ? { type: 'image', image: media } : { type: 'document', document: { ...media, filename: options.name } };
    return this.deliver(this.messageNotification(from, message));
  }

  /** A fresh wamid, shaped like Meta's. */
  wamid(): string {
    return `wamid.HBgL${randomBytes(18).toString('base64url')}`;
  }

  private notification(value: Pick<Notification['entry'][number]['changes'][number]['value'], 'contacts' | 'messages' | 'statuses'>): Notification {
    return {
      object: 'whatsapp_business_account',
      entry: [
        {
          id: FAKE_CLOUD.wabaId,
          changes: [
            {
              value: { messaging_product: 'whatsapp', metadata: { display_phone_number: FAKE_CLOUD.displayNumber, phone_number_id: FAKE_CLOUD.phoneNumberId }, ...value },
              field: 'messages',
            },
          ],
        },
      ],
    };
  }

  // --- The Graph API -----------------------------------------------------------------------

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', this.apiRoot);
    const body = await readBody(request);
    const authorized = request.headers.authorization === `Bearer ${FAKE_CLOUD.token}`;
    const answer = (status: number, payload: unknown, contentType = 'application/json') => {
      this.requests.push({ method: request.method ?? '', path: url.pathname, status, authorized });
      response.writeHead(status, { 'content-type': contentType });
      response.end(typeof payload === 'string' || payload instanceof Uint8Array ? payload : JSON.stringify(payload));
    };
    if (!authorized) return answer(401, graphError(190));
    const parts = url.pathname.split('/').filter(Boolean);
    if (parts[0] === 'download' && parts[1]) {
      const media = this.media.get(parts[1]);
      if (!media) return answer(404, graphError(100));
      if (media.declaredSize === media.bytes.byteLength) return answer(200, media.bytes, media.mime);
      // A size that lies: streamed in chunks, without Content-Length, so only counting the bytes catches it.
      this.requests.push({ method: 'GET', path: url.pathname, status: 200, authorized });
      response.writeHead(200, { 'content-type': media.mime });
      for (let at = 0; at < media.bytes.byteLength; at += 64 * 1024) response.write(media.bytes.subarray(at, at + 64 * 1024));
      response.end();
      return;
    }
    if (!/^v\d+\.\d+$/.test(parts[0] ?? '')) return answer(404, graphError(100));
    if (request.method === 'POST' && parts[1] === FAKE_CLOUD.phoneNumberId && parts[2] === 'messages') return this.message(JSON.parse(body.toString('utf8')), answer);
    if (request.method === 'POST' && parts[1] === FAKE_CLOUD.phoneNumberId && parts[2] === 'media') return this.upload(request, body, answer);
    if (request.method === 'GET' && parts.length === 2 && this.media.has(parts[1]!)) {
      const media = this.media.get(parts[1]!)!;
      return answer(200, {
        messaging_product: 'whatsapp',
        url: `${this.apiRoot}/download/${parts[1]}`,
        mime_type: media.mime,
        sha256: createHash('sha256').update(media.bytes).digest('hex'),
        file_size: String(media.declaredSize),
        id: parts[1],
      });
    }
    return answer(404, graphError(100));
  }

  private approved(name: unknown, language: unknown): ApprovedTemplate | undefined {
    return this.templates.find((template) => template.name === name && template.language === language);
  }

  private message(request: MessageRequest, answer: (status: number, payload: unknown, type?: string) => void): void {
    const to = String(request.to);
    const index = this.failures.findIndex((failure) => failure.to === undefined || failure.to === to);
    if (index >= 0) {
      const failure = this.failures[index]!;
      failure.times = (failure.times ?? 1) - 1;
      if (failure.times <= 0) this.failures.splice(index, 1);
      if (failure.notJson) return answer(502, '<html><body>Bad Gateway</body></html>', 'text/html');
      const body = graphError(failure.code);
      if (failure.message) body.error.message = failure.message;
      return answer(ERRORS[failure.code]?.http ?? 400, body);
    }
    if (request.messaging_product !== 'whatsapp' || !/^\d+$/.test(to) || typeof request.type !== 'string' || !(request.type in request)) {
      return answer(400, graphError(100));
    }
    if (request.type === 'template' && !this.approved(request.template?.name, request.template?.language.code)) return answer(404, graphError(132001));
    const id = this.wamid();
    this.sent.push({ id, to, type: request.type, body: request });
    answer(200, { messaging_product: 'whatsapp', contacts: [{ input: to, wa_id: to }], messages: [{ id, ...(request.type === 'template' ? { message_status: 'accepted' } : {}) }] });
  }

  private async upload(request: IncomingMessage, body: Buffer, answer: (status: number, payload: unknown) => void): Promise<void> {
    const form = await new Request('http://fake/', { method: 'POST', headers: { 'content-type': request.headers['content-type'] ?? '' }, body }).formData();
    const file = form.get('file');
    if (form.get('messaging_product') !== 'whatsapp' || !(file instanceof Blob) || !form.get('type')) return answer(400, graphError(100));
    const id = String(800_000_000_000 + ++this.sequence);
    this.uploads.set(id, { name: (file as File).name, type: form.get('type') as string, bytes: Buffer.from(await file.arrayBuffer()) });
    answer(200, { id });
  }
}

/** What a person reads in a message. */
export function readableText(message: SentMessage): string {
  const { body } = message;
  const component = body.template?.components.find((c) => c.type === 'body');
  return body.text?.body ?? body.interactive?.body.text ?? body.document?.caption ?? (component?.type === 'body' ? component.parameters[0]!.text : '');
}

/** A template send: its name, language, summary ({{1}}) and button payloads. */
export function templateOf(message: SentMessage): { name: string; language: string; summary: string; payloads: string[] } {
  const template = message.body.template;
  if (!template) throw new Error(`not a template: ${JSON.stringify(message.body)}`);
  return {
    name: template.name,
    language: template.language.code,
    summary: readableText(message),
    payloads: template.components.flatMap((component) => (component.type === 'button' ? [component.parameters[0]!.payload] : [])),
  };
}

/** The buttons or list rows of an interactive message. */
export function interactiveChoices(message: SentMessage): { kind: 'button' | 'row'; id: string; title: string; description?: string }[] {
  if (message.type !== 'interactive') return [];
  const { action, type } = message.body.interactive!;
  if (type === 'button') return (action.buttons ?? []).map((button) => ({ kind: 'button' as const, id: button.reply.id, title: button.reply.title }));
  return (action.sections ?? []).flatMap((section) => section.rows).map((row) => ({ kind: 'row' as const, id: row.id, title: row.title, description: row.description }));
}

/** An error body as the Graph API answers it. */
export function graphError(code: number): { error: { message: string } & Record<string, unknown> } {
  const known = ERRORS[code] ?? { message: 'Invalid parameter', details: 'Parameter value is not valid' };
  return {
    error: {
      message: `(#${code}) ${known.message}`,
      type: 'OAuthException',
      code,
      error_data: { messaging_product: 'whatsapp', details: known.details },
      fbtrace_id: randomBytes(9).toString('base64url'),
    },
  };
}

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
