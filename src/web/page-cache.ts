/**
 * Public pages kept for a few seconds after they are rendered, so a burst of visitors costs
 * the bot's process one rendering per page and language, not one per visit: the web server
 * shares its event loop with the bot. Bounded in entries (the least recently used go first).
 */
import type { Clock } from '../shared/clock.js';

/** How long a rendered page is served again. */
const PAGE_TTL_MS = 10_000;
/** Pages kept at most (about 15 KB each). */
const MAX_PAGES = 500;

/** Rendered public pages by address and language. */
export class PageCache {
  private readonly pages = new Map<string, { at: number; html: string }>();

  constructor(private readonly clock: Clock) {}

  /** The page rendered for `key` less than ten seconds ago, or what `render` returns now. */
  get(key: string, render: () => string): string {
    const now = this.clock.now().getTime();
    const hit = this.pages.get(key);
    this.pages.delete(key);
    const page = hit && now - hit.at <= PAGE_TTL_MS ? hit : { at: now, html: render() };
    this.pages.set(key, page);
    if (this.pages.size > MAX_PAGES) this.pages.delete(this.pages.keys().next().value!);
    return page.html;
  }
}
