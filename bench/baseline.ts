/**
 * The same conversation written as grammY's documentation recommends: commands on a
 * `Bot`, the multi-step questions as `@grammyjs/conversations` builders whose replay
 * state lives in SQLite (`SqliteStorage`), the same store functions for the same
 * changes, driven with `bot.handleUpdate` over the same mix. `bot.botInfo` is set and an
 * API transformer answers every outgoing call locally, so sending costs nothing.
 */
import { conversations, createConversation, type Conversation, type ConversationFlavor } from '@grammyjs/conversations';
import { Bot, InlineKeyboard, type Context, type Transformer } from 'grammy';
import type { Update, UserFromGetMe } from 'grammy/types';
import type { App } from '../src/app.js';
import { isRoleId, roleById } from '../src/domain/roles.js';
import { nextStepsFlow } from '../src/flows/progress/next-steps.js';
import { isLocale, type Locale } from '../src/shared/i18n.js';
import { audit } from '../src/store/audit.js';
import { addDocument, UNFILED_PRODUCT } from '../src/store/documents-repo.js';
import { createInvite, findRedeemableInvite, markInviteUsed, normalizeInviteCode } from '../src/store/invites.js';
import { addMembership, createPerson, membershipsOf, personById, setLocale, upsertIdentity, type Person } from '../src/store/people.js';
import { tinyPdf, type Mix, type MixMessage } from './mix.js';
import { SqliteStorage } from './sqlite-storage.js';
import { engineShare, summarize } from './stats.js';

type BotContext = ConversationFlavor<Context>;
type Talk = Conversation<BotContext, Context>;

const BOT_INFO: UserFromGetMe = {
  id: 123456,
  is_bot: true,
  first_name: 'Estado Abierto',
  username: 'estado_abierto_bench_bot',
  can_join_groups: false,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
  can_connect_to_business: false,
  has_main_web_app: false,
  has_topics_enabled: false,
  allows_users_to_create_topics: false,
} as UserFromGetMe;

/** Builds the baseline bot over the app's store (its own copy of the data set). */
function baselineBot(app: App, fileBytes: Map<string, Uint8Array>): Bot<BotContext> {
  const { db, translator } = app;
  const bot = new Bot<BotContext>('123456:BENCHMARK-TOKEN-0000000000', { botInfo: BOT_INFO });
  let messageId = 1;
  const answerLocally: Transformer = async (_prev, method, payload) => {
    const chat = { id: Number((payload as { chat_id?: number }).chat_id ?? 0), type: 'private' as const, first_name: 'x' };
    const result =
      method === 'getFile'
        ? { file_id: (payload as { file_id: string }).file_id, file_unique_id: 'u', file_path: 'documents/file.pdf' }
        : method.startsWith('send')
          ? { message_id: messageId++, date: Math.floor(Date.now() / 1000), chat, text: (payload as { text?: string }).text ?? '' }
          : true;
    return { ok: true, result } as never;
  };
  bot.api.config.use(answerLocally);

  const now = () => new Date();
  const sender = (ctx: Context) => upsertIdentity(db, 'telegram', String(ctx.chat!.id), ctx.from?.first_name, now());
  const personOf = (ctx: Context): Person | undefined => {
    const identity = sender(ctx);
    return identity.personId ? personById(db, identity.personId) : undefined;
  };
  const localeOf = (person: Person | undefined): Locale => (person && isLocale(person.locale) ? person.locale : 'es');

  async function language(conversation: Talk, ctx: Context): Promise<void> {
    const locale = await conversation.external(() => localeOf(personOf(ctx)));
    await ctx.reply(translator.t(locale, 'language-ask'), { reply_markup: new InlineKeyboard().text('Español', 'es').text('English', 'en') });
    const answer = await conversation.waitFor('callback_query:data');
    await answer.answerCallbackQuery();
    const chosen = answer.callbackQuery.data;
    if (!isLocale(chosen)) return void (await answer.reply(translator.t(locale, 'language-unknown')));
    await conversation.external(() => {
      const person = personOf(ctx)!;
      setLocale(db, person.id, chosen);
      audit(db, now(), { personId: person.id }, 'person.locale', null, { locale: chosen });
    });
    await answer.reply(translator.t(chosen, 'language-changed'));
  }

  async function invite(conversation: Talk, ctx: Context): Promise<void> {
    const locale = await conversation.external(() => localeOf(personOf(ctx)));
    const roles = ['grupo_nucleo', 'gremio', 'poc'] as const;
    const roleKeyboard = new InlineKeyboard();
    for (const role of roles) roleKeyboard.text(locale === 'es' ? roleById(role).name : roleById(role).nameEn, role).row();
    await ctx.reply(translator.t(locale, 'invite-ask-role'), { reply_markup: roleKeyboard });
    const role = await conversation.waitForCallbackQuery([...roles]);
    await role.answerCallbackQuery();
    let gremio: string | undefined;
    if (role.callbackQuery.data === 'gremio') {
      await role.reply(translator.t(locale, 'invite-ask-gremio'), {
        reply_markup: new InlineKeyboard().text('CONGOPE', 'CONGOPE').text('AME', 'AME').text('CONAGOPARE', 'CONAGOPARE'),
      });
      const answer = await conversation.waitForCallbackQuery(['CONGOPE', 'AME', 'CONAGOPARE']);
      await answer.answerCallbackQuery();
      gremio = answer.callbackQuery.data;
    }
    const code = await conversation.external(() => {
      const grant = { role: role.callbackQuery.data as (typeof roles)[number], gremio };
      const person = personOf(ctx)!;
      const created = createInvite(db, grant, { now: now(), ttlMs: app.config.invites.ttlMs, createdByPersonId: person.id });
      audit(db, now(), { personId: person.id }, 'invite.created', null, { role: grant.role, gremio, inviteId: created.invite.id });
      return created.code;
    });
    await ctx.reply(translator.t(locale, 'invite-code', { label: role.callbackQuery.data + (gremio ? ` (${gremio})` : ''), code, days: 7 }));
  }

  // A conversation calls the API through its own Api object: the transformer goes in as a plugin too.
  const plugins = [(ctx: Context, next: () => Promise<void>) => (ctx.api.config.use(answerLocally), next())];
  bot.use(conversations({ storage: { type: 'key', adapter: new SqliteStorage(db.$client) }, plugins }));
  bot.use(createConversation(language, 'language'));
  bot.use(createConversation(invite, 'invite'));

  bot.command('start', async (ctx) => {
    const reply = db.$client.transaction(() => {
      const identity = sender(ctx);
      const code = normalizeInviteCode(ctx.match);
      if (!code) return translator.t('es', 'invite-malformed');
      const found = findRedeemableInvite(db, code, { channel: 'telegram', address: identity.address }, {
        now: now(),
        maxFailedAttempts: app.config.invites.maxFailedAttempts,
        windowMs: app.config.invites.attemptWindowMs,
      });
      if (!found.ok) return translator.t('es', 'invite-unknown');
      const person = (identity.personId && personById(db, identity.personId)) || createPerson(db, identity, 'es', now());
      if (!isRoleId(found.invite.role)) throw new Error('unknown role');
      addMembership(db, person.id, { role: found.invite.role, gadId: found.invite.gadId, gremio: found.invite.gremio }, now());
      markInviteUsed(db, found.invite.id, person.id, now());
      audit(db, now(), { personId: person.id }, 'invite.redeemed', found.invite.gadId, { role: found.invite.role, inviteId: found.invite.id });
      return translator.t('es', 'invite-welcome', { label: roleById(found.invite.role).name, ask: 'no' });
    }).immediate();
    await ctx.reply(reply);
  });
  bot.command('idioma', (ctx) => ctx.conversation.enter('language'));
  bot.command('invitar', (ctx) => ctx.conversation.enter('invite'));
  bot.command('ayuda', async (ctx) => {
    const locale = localeOf(personOf(ctx));
    const lines = app.guestMenu(locale).map((command) => `/${command.command} — ${command.description}`);
    await ctx.reply([translator.t(locale, 'help-header'), lines.join('\n'), translator.t(locale, 'help-footer')].join('\n\n'));
  });
  // The same next-steps computation as /siguiente (the Guía's rules over the store), replied as text.
  bot.command('siguiente', async (ctx) => {
    const turn = app.engine.newTurnReadOnly('telegram', String(ctx.chat.id), now());
    for (const reply of nextStepsFlow.start(turn, '').replies) await ctx.reply(turn.render(reply.text));
  });
  bot.on('message:document', async (ctx) => {
    const file = await ctx.getFile();
    const stored = await app.documents.put(fileBytes.get(file.file_id)!, ctx.message.document.file_name ?? 'documento');
    if (!stored.ok) return void (await ctx.reply(translator.t('es', 'upload-refused-type', { name: stored.refused.name })));
    const person = personOf(ctx)!;
    const gadIds = new Set(membershipsOf(db, person.id).map((row) => row.gadId).filter((id) => id !== null));
    const gadId = gadIds.size === 1 ? [...gadIds][0]! : null;
    const row = addDocument(db, stored.file, { gadId, activity: null, product: UNFILED_PRODUCT, uploadedByPersonId: person.id, now: now() });
    audit(db, now(), { personId: person.id }, 'document.unfiled', gadId, { documentId: row.id, sha256: stored.file.sha256 });
    const args = { name: stored.file.name, size: `${stored.file.size} B`, hash: stored.file.sha256.slice(0, 12) };
    await ctx.reply(translator.t(localeOf(person), 'upload-receipt-unfiled', args));
  });
  bot.on('message:text', async (ctx) => {
    await ctx.reply(translator.t(localeOf(personOf(ctx)), 'no-conversation'));
  });
  return bot;
}

/** The mix's messages as Telegram updates; choice buttons carry their values. */
function toUpdates(mix: Mix, codes: readonly string[], fileBytes: Map<string, Uint8Array>): Update[] {
  const date = Math.floor(Date.now() / 1000);
  return mix.messages.map((message: MixMessage, index): Update => {
    const from = { id: message.chatId, is_bot: false, first_name: `Persona ${message.chatId}`, language_code: 'es' };
    const chat = { id: message.chatId, type: 'private' as const, first_name: from.first_name };
    const base = { message_id: index + 1, date, chat, from };
    const { step } = message;
    const text = (body: string) => {
      const command = /^\/\w+/.exec(body)?.[0];
      return { ...base, text: body, ...(command ? { entities: [{ type: 'bot_command' as const, offset: 0, length: command.length }] } : {}) };
    };
    switch (step.kind) {
      case 'start':
        return { update_id: index, message: text(`/start ${codes[step.invite]}`) };
      case 'command':
        return { update_id: index, message: text(`/${step.command}`) };
      case 'text':
        return { update_id: index, message: text(step.text) };
      case 'choice':
        return {
          update_id: index,
          callback_query: { id: `cq${index}`, from, chat_instance: `ci${message.chatId}`, data: step.value, message: { ...base, text: '…' } },
        };
      case 'file': {
        const fileId = `file${step.file}`;
        fileBytes.set(fileId, tinyPdf(step.file));
        const document = { file_id: fileId, file_unique_id: `u${step.file}`, file_name: `acta-${step.file}.pdf`, mime_type: 'application/pdf' };
        return { update_id: index, message: { ...base, document } };
      }
    }
  });
}

/** Replays the mix through the baseline bot; the first `warmup` updates are not measured. */
export async function benchBaseline(app: App, mix: Mix, codes: readonly string[], warmup: number) {
  const fileBytes = new Map<string, Uint8Array>();
  const updates = toUpdates(mix, codes, fileBytes);
  // The file store's write, timed apart: both bots share it (see engineShare).
  let fileStoreMs = 0;
  const documents = app.documents;
  const put = documents.put.bind(documents);
  documents.put = async (bytes, name) => {
    const started = performance.now();
    try {
      return await put(bytes, name);
    } finally {
      fileStoreMs += performance.now() - started;
    }
  };
  const bot = baselineBot(app, fileBytes);
  const durations: number[] = [];
  const withoutFileStore: number[] = [];
  let wallStart = performance.now();
  for (const [index, update] of updates.entries()) {
    if (index === warmup) {
      wallStart = performance.now();
      fileStoreMs = 0;
    }
    const started = performance.now();
    const storedBefore = fileStoreMs;
    await bot.handleUpdate(update);
    if (index >= warmup) {
      const took = performance.now() - started;
      durations.push(took);
      withoutFileStore.push(took - (fileStoreMs - storedBefore));
    }
  }
  const wallMs = performance.now() - wallStart;
  return { ...summarize(durations, wallMs), ...engineShare(withoutFileStore, fileStoreMs, wallMs) };
}
