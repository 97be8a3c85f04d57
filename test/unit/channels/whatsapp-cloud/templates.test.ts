/** Outside the 24-hour window: approved templates carry the bot's proactive messages, and their buttons continue the conversation. */
import { afterEach, describe, expect, it } from 'vitest';
import { CLOUD_TEMPLATES, SUMMARY_LIMIT, templateDefinitions, templateFor } from '../../../../src/channels/whatsapp-cloud/templates.js';
import { DAY_MS } from '../../../../src/shared/clock.js';
import { Translator } from '../../../../src/shared/i18n.js';
import { createGad } from '../../../../src/store/gads.js';
import { interactiveChoices, readableText, templateOf } from '../../../support/fake-graph-api.js';
import { runSweep, scheduleSession } from '../../../support/sessions-fixture.js';
import { startCloudHarness, type CloudHarness } from '../../../support/whatsapp-cloud-harness.js';

const ANA = '593991234567';

let h: CloudHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

/** Ana as a Foro member of Cuenca over WhatsApp, and its POCL on the console. */
async function foroOverWhatsApp(): Promise<CloudHarness> {
  const harness = await startCloudHarness({ env: { REMINDER_WINDOW: '00:00-24:00' } });
  const gad = createGad(harness.app.db, { name: 'Cuenca', level: 'municipal', province: 'Azuay', canton: 'Cuenca', entry: 'interest', status: 'accepted', now: harness.clock.now() });
  harness.join('pocl', { role: 'pocl', gadId: gad.id });
  const { code } = harness.app.invites.create({ role: 'foro', gadId: gad.id, attributes: { sector: 'academia', entity: 'Universidad', seat: 'principal', foroEntityId: '1' } });
  // The code, then the one-time profile: full name, position, institution.
  for (const text of [code, 'Ana Pérez', 'Docente', 'Universidad de Cuenca']) {
    await harness.fake.say(ANA, text);
    await harness.deliver();
  }
  return harness;
}

const rows = (h: CloudHarness, sql: string) => h.app.db.$client.prepare(sql).all();

describe('the 24-hour window', () => {
  it('sends a reminder 3 days after the last message as its template, and the button answers it', async () => {
    h = await foroOverWhatsApp();
    scheduleSession(h, 'pocl', { date: '28/11/2026', time: '10:00' });
    runSweep(h);
    await h.deliver();
    // Inside the window the invitation goes free form: the calendar file by media id, then the buttons.
    const [file, question] = h.fake.sentTo(ANA).slice(-2);
    expect(file?.type).toBe('document');
    expect(file?.body.document?.filename).toMatch(/\.ics$/);
    expect(h.fake.uploads.get(file!.body.document!.id!)?.type).toBe('text/plain');
    expect(interactiveChoices(question!).map((c) => c.title)).toEqual([h.es('attendance-yes'), h.es('attendance-no')]);

    h.clock.advance(3 * DAY_MS);
    runSweep(h);
    await h.deliver();
    const reminder = h.fake.lastTo(ANA);
    expect(reminder.type).toBe('template');
    const { name, language, summary } = templateOf(reminder);
    expect(name).toBe('estado_abierto_session_reminder');
    expect(language).toBe('es');
    expect(summary).toContain('Cuenca');
    expect(summary).not.toMatch(/[\n\t]| {5}/);
    expect(rows(h, 'SELECT template FROM outbox_deliveries ORDER BY rowid DESC LIMIT 1')).toEqual([{ template: 'estado_abierto_session_reminder' }]);

    await h.fake.pressTemplateButton(ANA, h.es('attendance-yes'));
    await h.deliver();
    expect(rows(h, 'SELECT response FROM session_attendance')).toEqual([{ response: 'yes' }]);
    // The press opened the window: the thanks go free form.
    expect(h.fake.lastTo(ANA).type).toBe('text');
    expect(h.sentKeys(ANA).at(-1)).toBe('attendance-recorded-yes');
  });

  it('carries any other message as the notification template, whose "See details" brings the full message once', async () => {
    h = await startCloudHarness();
    await h.onboard(ANA);
    h.clock.advance(2 * DAY_MS);
    h.app.notifyRole('poc', 'whatsapp-logged-out');
    await h.deliver();
    const notice = h.fake.lastTo(ANA);
    expect(templateOf(notice)).toMatchObject({ name: 'estado_abierto_notification', summary: h.es('whatsapp-logged-out') });

    const press = h.fake.messageNotification(ANA, {
      type: 'button',
      context: { from: '15550783881', id: notice.id },
      button: { payload: templateOf(notice).payloads[0], text: h.es('whatsapp-template-details') },
    });
    expect(await h.fake.deliver(press)).toBe(200);
    await h.deliver();
    expect(h.fake.lastTo(ANA).type).toBe('text');
    expect(readableText(h.fake.lastTo(ANA))).toBe(h.es('whatsapp-logged-out'));
    const sent = h.fake.sent.length;
    // Meta delivering the same press again changes nothing.
    expect(await h.fake.deliver(press)).toBe(200);
    await h.deliver();
    expect(h.fake.sent).toHaveLength(sent);
  });

  it('resends as a template a message Meta failed with 131047, later or at once', async () => {
    h = await startCloudHarness();
    await h.onboard(ANA);
    h.app.notifyRole('poc', 'whatsapp-logged-out');
    await h.deliver();
    const freeForm = h.fake.lastTo(ANA);
    expect(freeForm.type).toBe('text');
    expect(await h.fake.deliver(h.fake.statusNotification({ id: freeForm.id, status: 'failed', to: ANA, errorCode: 131047 }))).toBe(200);
    await h.deliver();
    expect(templateOf(h.fake.lastTo(ANA)).name).toBe('estado_abierto_notification');
    expect(rows(h, 'SELECT status, error FROM outbox_deliveries WHERE platform_id = ' + `'${freeForm.id}'`)).toEqual([
      { status: 'failed', error: expect.stringMatching(/^131047 /) },
    ]);

    // Answered at once: the adapter sends the template in the same attempt.
    await h.fake.say(ANA, 'hola');
    h.fake.failures.push({ code: 131047, to: ANA });
    const before = h.fake.sent.length;
    await h.deliver();
    expect(h.fake.sent.slice(before).map((m) => m.type)).toEqual(['template']);
  });
});

describe('the template catalogue', () => {
  it('carries every proactive message by its key, any other as the notification', () => {
    expect(templateFor('session-reminder-ask').name).toBe('estado_abierto_session_reminder');
    expect(templateFor('milestone-overdue-reminder').name).toBe('estado_abierto_plan_milestone');
    expect(templateFor('stall-reminder').name).toBe('estado_abierto_pending_step');
    expect(templateFor('interest-notify').name).toBe('estado_abierto_notification');
    expect(templateFor(undefined).name).toBe('estado_abierto_notification');
    const translator = new Translator();
    const missing = CLOUD_TEMPLATES.flatMap((template) => template.keys).filter((key) => !translator.has(key));
    expect(missing).toEqual([]);
  });

  it('defines each template in Spanish and English as Meta accepts them for approval', () => {
    const definitions = templateDefinitions(new Translator());
    expect(definitions).toHaveLength(CLOUD_TEMPLATES.length * 2);
    for (const definition of definitions) {
      expect(definition.name).toMatch(/^[a-z0-9_]{1,512}$/);
      expect(['es', 'en']).toContain(definition.language);
      expect(definition.category).toBe('UTILITY');
      const [body, buttons] = definition.components;
      // One parameter, neither first nor last (Meta refuses templates that start or end with one).
      expect(body.text.match(/\{\{\d+\}\}/g)).toEqual(['{{1}}']);
      expect(body.text.trim().startsWith('{{')).toBe(false);
      expect(body.text.trim().endsWith('}}')).toBe(false);
      expect(body.text.replace('{{1}}', 'x'.repeat(SUMMARY_LIMIT)).length).toBeLessThanOrEqual(1024);
      expect(body.example.body_text[0]![0]!.length).toBeGreaterThan(20);
      for (const button of buttons.buttons) expect(button.text.length).toBeLessThanOrEqual(25);
    }
  });
});
