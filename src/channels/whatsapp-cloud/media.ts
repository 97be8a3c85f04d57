/**
 * Media on the Cloud API. A person's document or photo is fetched by its media id: its
 * URL and size are asked of the Graph API, the file is downloaded with the bearer token,
 * its size checked before and while downloading, and the document store sniffs it. A
 * file the bot sends is uploaded once and then sent by media id, kept in channel_state
 * for as long as Meta keeps an upload (30 days).
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { WhatsAppAPI } from 'whatsapp-api-js';
import { DAY_MS, type Clock } from '../../shared/clock.js';
import type { OutboundFile } from '../../shared/messages.js';
import { deleteChannelState, readChannelState, writeChannelState } from '../../store/channel-state.js';
import type { Db } from '../../store/db.js';
import type { DocumentStore } from '../../store/documents.js';
import { downloadToStore, type DownloadedUpload, type OpenedDownload } from '../download.js';
import { GraphApiError, responseError } from './errors.js';

/** The `channel_state.channel` of the Cloud adapter's own rows (Baileys' are under `whatsapp`). */
export const CLOUD_STATE_CHANNEL = 'whatsapp-cloud';

/** An upload is reused this long (Meta deletes uploads after 30 days). */
const UPLOAD_REUSE_MS = 29 * DAY_MS;

/** Document types the Cloud API accepts, and what other text formats are sent as. */
const UPLOAD_TYPES: Record<string, string> = {
  'application/pdf': 'application/pdf',
  'application/msword': 'application/msword',
  'application/vnd.ms-excel': 'application/vnd.ms-excel',
  'application/vnd.ms-powerpoint': 'application/vnd.ms-powerpoint',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'image/jpeg': 'image/jpeg',
  'image/png': 'image/png',
  // Calendar invitations, CSV and JSON travel as plain text; the phone opens them by their name.
  'text/plain': 'text/plain',
  'text/calendar': 'text/plain',
  'text/csv': 'text/plain',
  'application/json': 'text/plain',
};

/** The type a file is uploaded as, or undefined when the Cloud API carries no such document. */
export function uploadType(mime: string): string | undefined {
  return UPLOAD_TYPES[mime.split(';')[0]!.trim().toLowerCase()];
}

/** A media object of an inbound message. */
export interface InboundMedia {
  id: string;
}

/** Downloads a person's media into the document store as `name`. */
export function fetchInboundMedia(
  client: WhatsAppAPI,
  documents: DocumentStore,
  media: InboundMedia,
  name: string,
  onError: (error: unknown) => void,
): Promise<DownloadedUpload> {
  return downloadToStore(documents, { name }, () => openMedia(client, media.id, documents.maxBytes), onError);
}

async function openMedia(client: WhatsAppAPI, id: string, maxBytes: number): Promise<OpenedDownload> {
  const info = await client.retrieveMedia(id);
  const error = responseError(info);
  if (error) throw new GraphApiError(error);
  const declared = Number((info as { file_size?: unknown }).file_size);
  if (declared > maxBytes) return { size: declared, chunks: nothing() };
  const response = await client.fetchMedia((info as { url: string }).url);
  if (!response.ok || !response.body) throw new Error(`media download answered HTTP ${response.status}`);
  const length = Number(response.headers.get('content-length') ?? Number.NaN);
  if (length > maxBytes) {
    await response.body.cancel();
    return { size: length, chunks: nothing() };
  }
  return { size: Number.isFinite(declared) ? declared : undefined, chunks: response.body as AsyncIterable<Uint8Array> };
}

async function* nothing(): AsyncGenerator<Uint8Array> {}

/** Uploads the bot's files once and remembers their media ids. */
export class MediaUploads {
  constructor(
    private readonly db: Db,
    private readonly client: WhatsAppAPI,
    private readonly phoneNumberId: string,
    private readonly clock: Clock,
  ) {}

  /** The media id of `file`, uploaded as `type` (its uploadType) unless a recent upload of the same bytes is known. */
  async idOf(file: OutboundFile, type: string): Promise<string> {
    const bytes = await readFile(file.path);
    const key = cacheKey(bytes);
    const cached = this.cached(key);
    if (cached) return cached;
    const form = new FormData();
    form.append('messaging_product', 'whatsapp');
    form.append('type', type);
    form.append('file', new Blob([bytes], { type }), file.name);
    const response = await this.client.uploadMedia(this.phoneNumberId, form, false);
    const error = responseError(response);
    if (error) throw new GraphApiError(error);
    const { id } = response as { id: string };
    writeChannelState(this.db, CLOUD_STATE_CHANNEL, key, JSON.stringify({ id, at: this.clock.now().getTime() }), this.clock.now());
    return id;
  }

  /** Forgets the upload of `file` (Meta no longer has it: 131053); the next send uploads again. */
  async forget(file: OutboundFile): Promise<void> {
    deleteChannelState(this.db, CLOUD_STATE_CHANNEL, cacheKey(await readFile(file.path)));
  }

  private cached(key: string): string | undefined {
    const stored = readChannelState(this.db, CLOUD_STATE_CHANNEL, key);
    if (stored === undefined) return undefined;
    const { id, at } = JSON.parse(stored) as { id: string; at: number };
    return this.clock.now().getTime() - at < UPLOAD_REUSE_MS ? id : undefined;
  }
}

function cacheKey(bytes: Uint8Array): string {
  return `media:${createHash('sha256').update(bytes).digest('hex')}`;
}
