import { afterEach, describe, expect, it } from 'vitest';
import { choiceId, testApp, type TestApp } from '../../support/app.js';
import { stateSnapshot } from '../../support/snapshot.js';

let t: TestApp;
afterEach(() => t?.cleanup());

describe('onboarding with an invite', () => {
  it('welcomes a new POC in Spanish and records the person, the role and the used code', () => {
    t = testApp();
    const { code } = t.app.invites.create({ role: 'poc' });
    const replies = t.say('ana', `/start ${code}`);
    expect(replies).toHaveLength(1);
    expect(replies[0]!.key).toBe('invite-welcome');
    expect(replies[0]!.text).toContain('Punto de contacto ante OGP (POC)');
    const membership = t.app.db.$client.prepare('SELECT role FROM memberships').get() as { role: string };
    expect(membership.role).toBe('poc');
    const invite = t.app.db.$client.prepare('SELECT used_at, code_hash FROM invites').get() as { used_at: number; code_hash: string };
    expect(invite.used_at).not.toBeNull();
    expect(invite.code_hash).not.toContain(code);
  });

  it('redeems a bare code, typed with spaces and in lower case', () => {
    t = testApp();
    const { code } = t.app.invites.create({ role: 'grupo_nucleo' });
    const typed = `${code.slice(0, 4)} ${code.slice(4, 8)}-${code.slice(8)}`.toLowerCase();
    const welcome = t.say('beto', typed)[0]!;
    expect(welcome.key).toBe('invite-welcome');
    expect(welcome.text).toContain('Grupo Núcleo');
  });

  it('refuses a reused code and changes nothing', () => {
    t = testApp();
    const { code } = t.app.invites.create({ role: 'poc' });
    t.say('ana', `/start ${code}`);
    const before = stateSnapshot(t.app);
    expect(t.say('carla', `/start ${code}`)[0]!.key).toBe('invite-used');
    expect(stateSnapshot(t.app)).toBe(before);
  });

  it('refuses an expired code and changes nothing', () => {
    t = testApp({ INVITE_TTL_HOURS: '1' });
    const { code } = t.app.invites.create({ role: 'poc' });
    t.clock.advance(61 * 60_000);
    const before = stateSnapshot(t.app);
    expect(t.say('ana', `/start ${code}`)[0]!.key).toBe('invite-expired');
    expect(stateSnapshot(t.app)).toBe(before);
  });

  it('stops guessing after too many wrong codes, even for a valid one, and audits every attempt', () => {
    t = testApp({ INVITE_MAX_FAILED_ATTEMPTS: '3' });
    const { code } = t.app.invites.create({ role: 'poc' });
    for (let i = 0; i < 3; i++) expect(t.say('eve', `/start ${'A'.repeat(15)}${i}`)[0]!.key).toBe('invite-unknown');
    expect(t.say('eve', `/start ${code}`)[0]!.key).toBe('invite-rate-limited');
    expect(t.count('people')).toBe(0);
    t.clock.advance(61 * 60_000);
    expect(t.say('eve', `/start ${code}`)[0]!.key).toBe('invite-welcome');
    const refused = t.app.db.$client.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'invite.refused'").get() as { n: number };
    expect(refused.n).toBe(4);
  });
});

describe('commands and answers', () => {
  it('answers an unknown command clearly and changes nothing', () => {
    t = testApp();
    t.join('ana', { role: 'poc' });
    const before = stateSnapshot(t.app);
    const unknown = t.say('ana', '/volar')[0]!;
    expect(unknown.key).toBe('command-unknown');
    expect(unknown.text).toContain('/volar');
    expect(stateSnapshot(t.app)).toBe(before);
  });

  it('asks again with a hint after a wrong answer, and accepts a number or a label', () => {
    t = testApp();
    t.join('ana', { role: 'poc' });
    const question = t.say('ana', '/idioma')[0]!;
    expect(question.choices?.map((c) => c.label)).toEqual(['Español', 'English']);
    const before = stateSnapshot(t.app);
    const hint = t.say('ana', 'francés')[0]!;
    expect(hint.key).toBe('choice-invalid');
    expect(hint.choices).toEqual(question.choices);
    expect(stateSnapshot(t.app).replace(/"updated_at":\d+/g, '')).toBe(before.replace(/"updated_at":\d+/g, ''));
    expect(t.say('ana', 'english')[0]).toMatchObject({ key: 'language-changed', text: t.app.translator.t('en', 'language-changed') });
    expect(t.say('ana', '/idioma')[0]).toMatchObject({ key: 'language-ask', text: t.app.translator.t('en', 'language-ask') });
    expect(t.say('ana', '1')[0]).toMatchObject({ key: 'language-changed', text: t.app.translator.t('es', 'language-changed') });
  });

  it('keeps the conversation open through /ayuda and ends it with /cancelar', () => {
    t = testApp();
    t.join('ana', { role: 'poc' });
    const question = t.say('ana', '/idioma')[0]!;
    const help = t.say('ana', '/ayuda')[0]!.text;
    expect(help).toContain(t.app.translator.t('es', 'help-in-conversation', { command: 'idioma' }));
    expect(help).toContain('/invitar');
    t.say('ana', '/cancelar');
    expect(t.count('conversations')).toBe(0);
    expect(t.say('ana', '2')[0]!.key).toBe('no-conversation');
    expect(t.say('ana', 'x', { text: undefined, choiceId: choiceId(question, 'English') })[0]!.key).toBe('choice-stale');
    expect(t.say('ana', '/cancelar')[0]!.key).toBe('nothing-to-cancel');
  });

  it('keeps an open conversation when a /start code is refused', () => {
    t = testApp();
    t.join('ana', { role: 'poc' });
    t.say('ana', '/idioma');
    expect(t.say('ana', '/start NOTACODE')[0]!.key).toBe('invite-malformed');
    expect(t.say('ana', '2')[0]).toMatchObject({ key: 'language-changed', text: t.app.translator.t('en', 'language-changed') });
  });

  it('ignores a forged choice id: polite reply, nothing changes', () => {
    t = testApp();
    t.join('ana', { role: 'poc' });
    t.say('ana', '/idioma');
    const before = stateSnapshot(t.app);
    expect(t.say('ana', '', { text: undefined, choiceId: 'forged12' })[0]!.key).toBe('choice-stale');
    expect(stateSnapshot(t.app)).toBe(before);
  });

  it('does not accept a choice offered to somebody else', () => {
    t = testApp();
    t.join('ana', { role: 'poc' });
    t.join('beto', { role: 'poc' });
    const offered = t.say('ana', '/idioma')[0]!;
    t.say('beto', '/idioma');
    expect(t.say('beto', '', { text: undefined, choiceId: choiceId(offered, 'English') })[0]!.key).toBe('choice-stale');
    const locales = t.app.db.$client.prepare('SELECT locale FROM people').all() as { locale: string }[];
    expect(locales.map((row) => row.locale)).toEqual(['es', 'es']);
  });

  it('tells a person without the role that a command is not theirs', () => {
    t = testApp();
    t.join('gn', { role: 'grupo_nucleo' });
    const refusal = t.say('gn', '/invitar')[0]!;
    expect(refusal.key).toBe('command-not-allowed');
    expect(refusal.text).toContain('/invitar');
  });

  it('expires an idle conversation and says so', () => {
    t = testApp({ CONVERSATION_IDLE_MINUTES: '30' });
    t.join('ana', { role: 'poc' });
    t.say('ana', '/idioma');
    t.clock.advance(31 * 60_000);
    const replies = t.say('ana', '2');
    expect(replies[0]!.key).toBe('conversation-expired');
    expect(t.count('conversations')).toBe(0);
  });

  it('tells the person when the flow changed under an open conversation, and starts it again', () => {
    t = testApp();
    t.join('ana', { role: 'poc' });
    t.say('ana', '/idioma');
    // The conversation was written by an older version of the flow (as after an upgrade).
    t.app.db.$client.prepare('UPDATE conversations SET flow_version = 0').run();
    const replies = t.say('ana', '2');
    expect(replies.map((reply) => reply.key)).toEqual(['conversation-flow-changed', 'language-ask']);
    expect(replies[0]!.text).toContain('/idioma');
    // The answer was not applied to the stale state: the language is unchanged, the question open again.
    expect((t.app.db.$client.prepare('SELECT locale FROM people').get() as { locale: string }).locale).toBe('es');
    expect(t.say('ana', '2')[0]!.key).toBe('language-changed');
  });
});

describe('delivery guarantees of the engine', () => {
  it('drops a replayed inbound id: no second reply, no second change', () => {
    t = testApp();
    const { code } = t.app.invites.create({ role: 'poc' });
    const inbound = { channel: 'console' as const, externalId: 'same-id', address: 'ana', text: `/start ${code}` };
    expect(t.app.engine.handle(inbound)).toBe('handled');
    const before = stateSnapshot(t.app);
    const outbox = t.count('outbox');
    expect(t.app.engine.handle(inbound)).toBe('duplicate');
    expect(t.app.engine.handle({ ...inbound, text: '/idioma' })).toBe('duplicate');
    expect(stateSnapshot(t.app)).toBe(before);
    expect(t.count('outbox')).toBe(outbox);
  });

  it('rolls a failing flow back, apologises and records the message as handled', () => {
    const boom = {
      id: 'boom',
      commands: ['boom', 'boom'] as const,
      description: { key: 'cmd-language' },
      available: () => true,
      start(ctx: { audit(action: string): void }): never {
        ctx.audit('half-done');
        throw new Error('flow bug');
      },
      step(): never {
        throw new Error('unused');
      },
    };
    t = testApp({}, { flows: [boom] });
    const before = t.count('audit_log');
    expect(t.say('ana', '/boom')[0]!.key).toBe('error-internal');
    expect(t.count('audit_log')).toBe(before);
    expect(t.count('processed_inbound')).toBe(1);
  });

  it('answers a stranger who writes anything with how to join', () => {
    t = testApp();
    expect(t.say('nadie', 'hola')[0]!.key).toBe('start-guest');
    expect(t.count('people')).toBe(0);
  });
});

describe('a stranger flooding the bot', () => {
  it('answers 20 messages a minute, then one notice (audited), then nothing until the minute has passed', () => {
    t = testApp();
    const replies = Array.from({ length: 30 }, (_, i) => t.say('mallory', `hola ${i}`));
    expect(replies.slice(0, 20).every((r) => r.length === 1 && r[0]!.key === 'start-guest')).toBe(true);
    expect(replies[20]!.map((r) => r.key)).toEqual(['sender-limited']);
    expect(replies.slice(21).every((r) => r.length === 0)).toBe(true);
    expect(t.count('processed_inbound')).toBe(30);
    const audited = t.app.db.$client.prepare(`SELECT count(*) AS n FROM audit_log WHERE action = 'sender.limited'`).get() as { n: number };
    expect(audited.n).toBe(1);
    t.clock.advance(61_000);
    expect(t.say('mallory', 'hola otra vez').map((r) => r.key)).toEqual(['start-guest']);
  });

  it('does not limit a person the bot knows, nor other strangers', () => {
    t = testApp({ UNREGISTERED_MESSAGES_PER_MINUTE: '3' });
    t.join('ana', { role: 'poc' });
    for (let i = 0; i < 10; i++) expect(t.say('ana', '/ayuda')).toHaveLength(1);
    for (let i = 0; i < 4; i++) t.say('mallory', 'hola');
    expect(t.say('beto', 'hola').map((r) => r.key)).toEqual(['start-guest']);
  });
});
