/**
 * WhatsApp messages sent while the bot was down are answered (issue 13, defect 8). The bot
 * stops; people write; a new bot on the same data starts, and Baileys hands it what came
 * meanwhile as an `append` together with old history and replays: what is newer than the
 * last message handled is handled, once; the rest changes nothing.
 */
import { rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../support/app.js';
import { nextMessageId, startWhatsAppHarness } from '../support/whatsapp-harness.js';

const ANA = '593991234567@s.whatsapp.net';
const BOB = '593987654321@s.whatsapp.net';

describe('WhatsApp across a restart', () => {
  it('handles what arrived while the bot was down, once, and ignores older history', { timeout: 30_000 }, async () => {
    const dataDir = tempDir();
    try {
      const now = Math.floor(Date.now() / 1000);
      const first = await startWhatsAppHarness({}, { DATA_DIR: dataDir });
      await first.onboard(ANA);
      const onboarding = first.handled.at(-1)!;
      await first.adapter.stop();
      await first.app.dispatcher.stop();
      first.app.close();

      // Down: Ana and Bob write. Back up: a new process on the same data.
      const second = await startWhatsAppHarness({}, { DATA_DIR: dataDir });
      try {
        const whileDown = [
          { id: nextMessageId(), from: ANA, text: '/idioma', timestamp: now + 30 },
          { id: nextMessageId(), from: BOB, text: 'hola', timestamp: now + 40 },
        ];
        second.socket.receive(
          [
            { id: nextMessageId(), from: ANA, text: 'una conversación de hace un año', timestamp: now - 365 * 86_400 },
            { id: onboarding.externalId, from: ANA, text: onboarding.text ?? '', timestamp: now - 1 },
            ...whileDown,
          ],
          'append',
        );
        // The replayed onboarding is not newer than the last message handled: it is not even handed on.
        await second.receive([{ id: nextMessageId(), from: BOB, text: '/ayuda', timestamp: now + 50 }], 3);
        expect(second.handled.map((inbound) => inbound.text).sort()).toEqual(['/idioma', 'hola', '/ayuda'].sort());
        await second.deliver();
        expect(second.count('processed_inbound')).toBe(4);
        const keys = (jid: string) =>
          (second.app.db.$client.prepare("SELECT payload FROM outbox WHERE channel = 'whatsapp' AND address = ? ORDER BY id").all(jid) as { payload: string }[]).map(
            (row) => (JSON.parse(row.payload) as { key?: string }).key,
          );
        expect(keys(ANA)).toEqual(['invite-welcome', 'language-ask']);
        expect(keys(BOB)).toHaveLength(2);
        expect(second.socket.textsTo(ANA).at(-1)).toContain(second.app.translator.t('es', 'language-ask'));
      } finally {
        await second.adapter.stop();
        await second.app.dispatcher.stop();
        second.app.close();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
