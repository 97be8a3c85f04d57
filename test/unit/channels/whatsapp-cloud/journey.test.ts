/** The console's municipality journey, carried by the Cloud API adapter: the flows do not know which channel carries them. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { municipalityJourney } from '../../../support/municipality-journey.js';
import { cloudJourneyDriver, startCloudHarness, type CloudHarness } from '../../../support/whatsapp-cloud-harness.js';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

let h: CloudHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe('a municipality from interest to activity 11 over the Cloud API', () => {
  it('follows the Guía, telling exactly the right people', { timeout: 120_000 }, async () => {
    h = await startCloudHarness({ env: { WHATSAPP_CLOUD_PER_CHAT_INTERVAL_MS: '1' } });
    const pdf = join(h.dataDir, 'documento.pdf');
    writeFileSync(pdf, PDF);
    await municipalityJourney(cloudJourneyDriver(h, pdf));
    // Carried the Cloud API's way: choices pressed as buttons and list rows, files as documents (the training's materials among them).
    expect(h.fake.sent.filter((message) => message.type === 'interactive').length).toBeGreaterThan(20);
    expect(h.handled.filter((inbound) => inbound.choiceId !== undefined).length).toBeGreaterThan(20);
    expect(h.handled.filter((inbound) => inbound.file).length).toBe(9);
  });
});
