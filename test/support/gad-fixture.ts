/** A municipality that took part in the process, its first activities done, for tests of what comes next. */
import { createGad } from '../../src/store/gads.js';
import { markActivityDone } from '../../src/store/progress.js';
import type { TestApp } from './app.js';

/** Creates the accepted "GAD Municipal de Loja" with activities 1 to `upTo` done; returns its id. */
export function lojaDoneTo(t: TestApp, upTo: number): number {
  const now = t.clock.now();
  const gad = createGad(t.app.db, { name: 'GAD Municipal de Loja', level: 'municipal', province: 'Loja', canton: 'Loja', entry: 'interest', status: 'accepted', now });
  for (let n = 1; n <= upTo; n++) markActivityDone(t.app.db, gad.id, n, null, now);
  return gad.id;
}
