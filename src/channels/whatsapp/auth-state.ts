/**
 * The Baileys session (creds and every signal key type) kept in the `channel_state` table,
 * so a restart never asks to pair again. Values are JSON written with Baileys' own
 * `BufferJSON` replacer and read with its reviver, so Buffers and Uint8Arrays round-trip.
 *
 * Rows: `creds` holds the credentials; `key:<type>:<id>` holds one signal key (pre-key,
 * session, sender-key, app-state-sync-key, lid-mapping, device-list, tctoken, ...).
 */
import {
  BufferJSON,
  initAuthCreds,
  proto,
  type AuthenticationCreds,
  type AuthenticationState,
  type SignalDataTypeMap,
  type SignalKeyStore,
} from '@whiskeysockets/baileys';
import type { Clock } from '../../shared/clock.js';
import { inTransaction, type Db } from '../../store/db.js';
import { deleteChannelState, deleteChannelStatePrefix, readChannelState, readChannelStates, writeChannelState } from '../../store/channel-state.js';

/** The `channel_state.channel` of every WhatsApp row. */
export const WHATSAPP_CHANNEL = 'whatsapp';

const CREDS_KEY = 'creds';
const KEY_PREFIX = 'key:';

/** A Baileys auth state backed by SQLite. */
export interface SqliteAuthState {
  /** What `makeWASocket({ auth })` takes (wrap `keys` with `makeCacheableSignalKeyStore`). */
  readonly state: AuthenticationState;
  /** Writes the current creds; call it on every `creds.update`. */
  saveCreds(): void;
  /** Deletes the creds and every key (after a logout); the next start pairs again. */
  clear(): void;
}

/** Loads the session from `db`, or starts a fresh one (new creds) when none is stored. */
export function useSqliteAuthState(db: Db, clock: Clock): SqliteAuthState {
  const stored = readChannelState(db, WHATSAPP_CHANNEL, CREDS_KEY);
  const creds: AuthenticationCreds = stored === undefined ? initAuthCreds() : (decode(stored) as AuthenticationCreds);
  const keys: SignalKeyStore = {
    get: <T extends keyof SignalDataTypeMap>(type: T, ids: string[]) => readKeys(db, type, ids),
    set: (data) => {
      const now = clock.now();
      inTransaction(db, () => {
        for (const [type, entries] of Object.entries(data)) {
          for (const [id, value] of Object.entries(entries ?? {})) {
            const key = keyName(type, id);
            if (value === null || value === undefined) deleteChannelState(db, WHATSAPP_CHANNEL, key);
            else writeChannelState(db, WHATSAPP_CHANNEL, key, encode(value), now);
          }
        }
      });
    },
    clear: () => deleteKeys(db),
  };
  return {
    state: { creds, keys },
    saveCreds: () => writeChannelState(db, WHATSAPP_CHANNEL, CREDS_KEY, encode(creds), clock.now()),
    clear: () =>
      inTransaction(db, () => {
        deleteChannelState(db, WHATSAPP_CHANNEL, CREDS_KEY);
        deleteKeys(db);
      }),
  };
}

function readKeys<T extends keyof SignalDataTypeMap>(db: Db, type: T, ids: string[]): { [id: string]: SignalDataTypeMap[T] } {
  const result: { [id: string]: SignalDataTypeMap[T] } = {};
  if (ids.length === 0) return result;
  const byKey = new Map(ids.map((id) => [keyName(type, id), id]));
  for (const row of readChannelStates(db, WHATSAPP_CHANNEL, [...byKey.keys()])) {
    const id = byKey.get(row.key);
    if (id === undefined) continue;
    const value = decode(row.value);
    // Baileys expects the protobuf class for app-state keys, as its multi-file store returns it.
    result[id] = (type === 'app-state-sync-key' ? proto.Message.AppStateSyncKeyData.fromObject(value as object) : value) as SignalDataTypeMap[T];
  }
  return result;
}

function keyName(type: string, id: string): string {
  return `${KEY_PREFIX}${type}:${id}`;
}

function encode(value: unknown): string {
  return JSON.stringify(value, BufferJSON.replacer);
}

function decode(text: string): unknown {
  return JSON.parse(text, BufferJSON.reviver);
}

function deleteKeys(db: Db): void {
  deleteChannelStatePrefix(db, WHATSAPP_CHANNEL, KEY_PREFIX);
}
