/**
 * The messages the bot sent on WhatsApp, kept for a few days in `channel_state` (rows
 * `msg:<id>`, protobuf bytes in base64) so Baileys' `getMessage` can re-encrypt one when
 * a recipient's phone asks for a retry ("waiting for this message").
 */
import { proto } from '@whiskeysockets/baileys';
import type { Db } from '../../store/db.js';
import { deleteChannelStatePrefix, readChannelState, writeChannelState } from '../../store/channel-state.js';
import { WHATSAPP_CHANNEL } from './auth-state.js';
import { DAY_MS } from '../../shared/clock.js';

/** How long a sent message stays available for retries. */
export const SENT_MESSAGE_TTL_MS = 3 * DAY_MS;

const PREFIX = 'msg:';

/** Stores a sent message under its id and forgets those older than the TTL. */
export function rememberSentMessage(db: Db, id: string, message: proto.IMessage, now: Date): void {
  const bytes = proto.Message.encode(message).finish();
  writeChannelState(db, WHATSAPP_CHANNEL, `${PREFIX}${id}`, Buffer.from(bytes).toString('base64'), now);
  deleteChannelStatePrefix(db, WHATSAPP_CHANNEL, PREFIX, new Date(now.getTime() - SENT_MESSAGE_TTL_MS));
}

/** The sent message with this id, if still kept (what `getMessage` answers). */
export function sentMessage(db: Db, id: string): proto.IMessage | undefined {
  const stored = readChannelState(db, WHATSAPP_CHANNEL, `${PREFIX}${id}`);
  return stored === undefined ? undefined : proto.Message.decode(Buffer.from(stored, 'base64'));
}

/** Forgets every sent message (after a logout: the session they belong to is gone). */
export function forgetSentMessages(db: Db): void {
  deleteChannelStatePrefix(db, WHATSAPP_CHANNEL, PREFIX);
}
