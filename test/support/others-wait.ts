/** How long other people wait for an answer while someone floods the bot (the flood test and the flood bench). */
import type { FakeBotApi } from './fake-bot-api.js';

/** Sends `/ayuda` from each of `chats` and returns how long each waited for its first answer, in ms. */
export async function othersWait(api: FakeBotApi, chats: readonly number[], timeoutMs = 30_000): Promise<number[]> {
  const before = new Map(chats.map((chat) => [chat, api.sent(chat).length]));
  const sentAt = new Map<number, number>();
  for (const chat of chats) {
    sentAt.set(chat, Date.now());
    api.sendText(chat, '/ayuda');
  }
  await api.waitFor(() => chats.every((chat) => api.sent(chat).length > before.get(chat)!), 'every other person answered', timeoutMs);
  return chats.map((chat) => api.sent(chat)[before.get(chat)!]!.at - sentAt.get(chat)!);
}
