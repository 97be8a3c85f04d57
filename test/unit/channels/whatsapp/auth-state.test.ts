import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { proto, type KeyPair } from '@whiskeysockets/baileys';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useSqliteAuthState } from '../../../../src/channels/whatsapp/auth-state.js';
import { openDatabase, type Db } from '../../../../src/store/db.js';
import { FakeClock, tempDir } from '../../../support/app.js';

describe('SQLite auth state', () => {
  let dir: string;
  let path: string;
  let db: Db;
  const clock = new FakeClock();
  const reopen = () => {
    db.$client.close();
    db = openDatabase(path);
    return useSqliteAuthState(db, clock);
  };

  beforeEach(() => {
    dir = tempDir();
    path = join(dir, 'bot.db');
    db = openDatabase(path);
  });
  afterEach(() => {
    db.$client.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('round-trips creds and every kind of key, Buffers included, across a reopened database', async () => {
    const first = useSqliteAuthState(db, clock);
    const { creds } = first.state;
    creds.registered = true;
    creds.me = { id: '593990000001:7@s.whatsapp.net', lid: '170340326543219:7@lid' };
    first.saveCreds();
    const preKey: KeyPair = { public: Buffer.from('public-key-bytes'), private: new Uint8Array([1, 2, 3, 255]) };
    await first.state.keys.set({
      'pre-key': { '1': preKey },
      session: { 'abc.0': Buffer.from([9, 8, 7]) },
      'lid-mapping': { '593991234567': '170340326543210', '170340326543210_reverse': '593991234567' },
      'device-list': { '593991234567': ['0', '3'] },
      tctoken: { '593991234567@s.whatsapp.net': { token: Buffer.from('tc-token'), timestamp: '1764000000' } },
      'app-state-sync-key': { AAAA: { keyData: Buffer.from([4, 5, 6]), timestamp: 1764000000 } },
    });

    const second = reopen();
    expect(second.state.creds).toEqual(creds);
    expect(Buffer.isBuffer(second.state.creds.noiseKey.private)).toBe(true);
    expect(Buffer.compare(second.state.creds.signedIdentityKey.public, Buffer.from(creds.signedIdentityKey.public))).toBe(0);

    const keys = second.state.keys;
    const preKeys = await keys.get('pre-key', ['1', '2']);
    expect(Object.keys(preKeys)).toEqual(['1']);
    expect(Buffer.from(preKeys['1']!.public).toString()).toBe('public-key-bytes');
    expect([...preKeys['1']!.private]).toEqual([1, 2, 3, 255]);
    expect([...(await keys.get('session', ['abc.0']))['abc.0']!]).toEqual([9, 8, 7]);
    expect(await keys.get('lid-mapping', ['593991234567', '170340326543210_reverse'])).toEqual({
      '593991234567': '170340326543210',
      '170340326543210_reverse': '593991234567',
    });
    expect(await keys.get('device-list', ['593991234567'])).toEqual({ '593991234567': ['0', '3'] });
    const token = (await keys.get('tctoken', ['593991234567@s.whatsapp.net']))['593991234567@s.whatsapp.net']!;
    expect(token.token.toString()).toBe('tc-token');
    const syncKey = (await keys.get('app-state-sync-key', ['AAAA'])).AAAA!;
    expect(syncKey).toBeInstanceOf(proto.Message.AppStateSyncKeyData);
    expect([...syncKey.keyData!]).toEqual([4, 5, 6]);
  });

  it('deletes a key set to null, and clear() forgets the whole session', async () => {
    const first = useSqliteAuthState(db, clock);
    first.saveCreds();
    await first.state.keys.set({ 'pre-key': { '1': { public: Buffer.from([1]), private: Buffer.from([2]) }, '2': { public: Buffer.from([3]), private: Buffer.from([4]) } } });
    await first.state.keys.set({ 'pre-key': { '1': null } });
    expect(Object.keys(await first.state.keys.get('pre-key', ['1', '2']))).toEqual(['2']);

    first.clear();
    const second = reopen();
    expect(second.state.creds.noiseKey.public).not.toEqual(first.state.creds.noiseKey.public);
    expect(await second.state.keys.get('pre-key', ['2'])).toEqual({});
    expect((db.$client.prepare("SELECT count(*) AS n FROM channel_state WHERE channel = 'whatsapp'").get() as { n: number }).n).toBe(0);
  });
});
