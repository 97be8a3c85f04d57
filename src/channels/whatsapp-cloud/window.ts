/**
 * The customer-service window: for 24 hours after a person's last message the Cloud API
 * accepts any message to them; after it, only approved templates (error 131047). The
 * window is kept in the store from the timestamps of inbound messages, so it survives
 * restarts; free form stops a little early, so a message never lands just after the close.
 */
import { DAY_MS } from '../../shared/clock.js';
import type { Db } from '../../store/db.js';
import { closeServiceWindow, lastInboundAt, recordInboundAt } from '../../store/service-windows.js';

/** How long a person's message opens the window. */
export const SERVICE_WINDOW_MS = DAY_MS;
/** Free form stops this long before the window closes (queues, clocks, Meta's own lag). */
export const WINDOW_MARGIN_MS = 15 * 60_000;

/** The channel the windows are kept under: the Cloud adapter carries the `whatsapp` channel. */
const CHANNEL = 'whatsapp';

/** The window of each person the adapter writes to. */
export class ServiceWindows {
  constructor(private readonly db: Db) {}

  /** Records a message the person at `address` sent at `at`. */
  opened(address: string, at: Date): void {
    recordInboundAt(this.db, CHANNEL, address, at);
  }

  /** Whether a free-form message to `address` may go at `now`. */
  isOpen(address: string, now: Date): boolean {
    const last = lastInboundAt(this.db, CHANNEL, address);
    return last !== undefined && now.getTime() < last.getTime() + SERVICE_WINDOW_MS - WINDOW_MARGIN_MS;
  }

  /** Forgets the window of `address` (Meta said it is closed: 131047). */
  close(address: string): void {
    closeServiceWindow(this.db, CHANNEL, address);
  }
}
