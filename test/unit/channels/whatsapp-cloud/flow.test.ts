/** People talking to the real app through the Cloud API adapter: invites, forms with reply buttons, lists and numbered text. */
import { afterEach, describe, expect, it } from 'vitest';
import { roleById } from '../../../../src/domain/roles.js';
import { interactiveChoices, readableText } from '../../../support/fake-graph-api.js';
import { startCloudHarness, type CloudHarness } from '../../../support/whatsapp-cloud-harness.js';

const ANA = '593991234567';
const LUIS = '593987654321';
const POC = roleById('poc').name;

let h: CloudHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe('the Cloud API adapter with the real app', () => {
  it('redeems a bare invite code and answers in free form, under the same address as Baileys', async () => {
    h = await startCloudHarness();
    const { code } = h.app.invites.create({ role: 'poc' });
    expect(await h.fake.say(ANA, code, { name: 'Ana Pérez' })).toBe(200);
    await h.deliver();

    const [welcome] = h.fake.sentTo(ANA);
    expect(welcome?.type).toBe('text');
    expect(h.sentKeys(ANA)).toEqual(['invite-welcome']);
    expect(readableText(welcome!)).toContain(POC);
    expect(h.handled[0]).toMatchObject({ channel: 'whatsapp', address: `${ANA}@s.whatsapp.net`, displayName: 'Ana Pérez', text: code });
    const identity = h.app.db.$client.prepare('SELECT address, person_id AS person FROM identities').get() as { address: string; person: number };
    expect(identity.address).toBe(`${ANA}@s.whatsapp.net`);
    expect(identity.person).toBeGreaterThan(0);
    // Delivered as Meta accepted it, with the wamid it answered.
    const delivery = h.app.db.$client.prepare('SELECT platform_id AS id, template, status FROM outbox_deliveries').get();
    expect(delivery).toEqual({ id: welcome!.id, template: null, status: 'accepted' });
  });

  it('answers a form with reply buttons, numbered text beyond ten choices, and a list', async () => {
    h = await startCloudHarness();
    await h.onboard(ANA);
    await h.fake.say(ANA, '/interes');
    await h.deliver();
    const level = h.fake.lastTo(ANA);
    expect(level.type).toBe('interactive');
    expect(interactiveChoices(level).map((c) => c.kind)).toEqual(['button', 'button', 'button']);
    expect(readableText(level)).toBe(h.es('gad-level-ask'));

    await h.fake.choose(ANA, interactiveChoices(level)[1]!.title);
    await h.deliver();
    // Twenty-four provinces: a numbered list closed by the hint, answered by number or name.
    const provinces = h.fake.lastTo(ANA);
    expect(provinces.type).toBe('text');
    expect(readableText(provinces)).toMatch(/\n1\. Azuay\n/);
    expect(readableText(provinces).endsWith(h.app.translator.t('es', 'whatsapp-choose-number'))).toBe(true);
    await h.fake.say(ANA, 'Tungurahua');
    for (const answer of ['Ambato', 'GAD Municipal de Ambato', 'Diana Caiza', 'Alcaldesa', '+593 99 123 4567', 'Queremos cocrear un plan de gobierno abierto']) {
      await h.deliver();
      await h.fake.say(ANA, answer);
    }
    await h.deliver();
    // "Corregir (empezar de nuevo)" is longer than a button's 20 characters: the three go as a list.
    expect(h.fake.lastTo(ANA).body.interactive?.type).toBe('list');
    await h.fake.choose(ANA, h.es('choice-confirm'));
    await h.deliver();
    expect(h.sentKeys(ANA).at(-1)).toBe('interest-registered');
    expect(h.fake.textsTo(ANA).at(-1)).toContain('GAD Municipal de Ambato');
    expect(h.count('gads')).toBe(1);
    // Choices arrived as the ids offered, never as typed labels.
    expect(h.handled.filter((inbound) => inbound.choiceId !== undefined)).toHaveLength(2);
  });

  it('offers longer labels as a list, shortened in the title and whole in the description, and takes the row', async () => {
    h = await startCloudHarness();
    await h.onboard(ANA);
    await h.fake.say(ANA, '/invitar');
    await h.deliver();
    const list = h.fake.lastTo(ANA);
    expect(list.body.interactive?.type).toBe('list');
    expect(list.body.interactive?.action.button).toBe(h.es('whatsapp-list-button'));
    const rows = interactiveChoices(list);
    const poc = rows.find((row) => row.description === POC)!;
    expect(poc.title.length).toBeLessThanOrEqual(24);
    expect(poc.title.endsWith('…')).toBe(true);

    await h.fake.choose(ANA, POC);
    await h.deliver();
    await h.fake.say(ANA, 'Luis Andrade');
    await h.deliver();
    const code = /([0-9A-Z]{16})/.exec(h.fake.textsTo(ANA).at(-1)!)?.[1];
    expect(code).toBeDefined();
    await h.fake.say(LUIS, code!);
    await h.deliver();
    expect(h.sentKeys(LUIS)).toEqual(['invite-welcome']);
  });

  it('refuses a pressed button that the conversation never offered, changing nothing', async () => {
    h = await startCloudHarness();
    await h.onboard(ANA);
    const before = h.count('gads');
    const forged = h.fake.messageNotification(ANA, { type: 'interactive', interactive: { type: 'button_reply', button_reply: { id: 'constructor', title: 'x' } } });
    expect(await h.fake.deliver(forged)).toBe(200);
    await h.deliver();
    expect(h.sentKeys(ANA).at(-1)).toBe('choice-stale');
    expect(h.count('gads')).toBe(before);
  });

  it('merges messages queued for one person within seconds into one (Meta paces one per 6 s to a person)', async () => {
    h = await startCloudHarness();
    await h.onboard(ANA);
    await h.fake.say(ANA, '/idioma');
    await h.deliver();
    await h.fake.choose(ANA, 'English');
    await h.deliver();
    expect(h.sentKeys(ANA).at(-1)).toBe('language-changed');
    await h.fake.say(ANA, 'hello there');
    await h.fake.say(ANA, '/nonsense');
    const before = h.fake.sentTo(ANA).length;
    const queued = (h.app.db.$client.prepare("SELECT count(*) AS n FROM outbox WHERE status = 'pending'").get() as { n: number }).n;
    await h.deliver();
    const replies = h.fake.sentTo(ANA).slice(before);
    // Two rows queued, one message sent carrying both, each row marked sent.
    expect(queued).toBeGreaterThanOrEqual(2);
    expect(replies).toHaveLength(1);
    expect(readableText(replies[0]!)).toContain('\n\n');
    const statuses = h.app.db.$client.prepare("SELECT count(*) AS n FROM outbox WHERE status != 'sent'").get() as { n: number };
    expect(statuses.n).toBe(0);
  });
});
