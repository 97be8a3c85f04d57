import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { createApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { buildNationalDataset } from './dataset.js';
import { inTransaction } from '../src/store/db.js';

const scale = Number(process.argv[2] ?? 1);
const NOW = new Date('2026-11-24T15:00:00Z');
const root = mkdtempSync(join(tmpdir(), 'eab-prof-'));
const app = createApp(loadConfig({ DATA_DIR: root, LOG_LEVEL: 'silent' }), { logger: pino({ level: 'silent' }) });
buildNationalDataset(app.db.$client, NOW, scale);
for (let pass = 0; pass < 3; pass++) {
  const now = new Date(NOW.getTime() + pass * 60_000);
  for (const job of app.jobs) {
    const started = performance.now();
    let longest = 0;
    let n = 0;
    inTransaction(app.db, () => {
      const r = job.run(app, now);
      if (typeof r === 'number') n = r;
      else for (const c of r) { const t = performance.now(); n += c; longest = Math.max(longest, performance.now() - t); }
    });
    console.log(pass, job.name, n, Math.round(performance.now() - started), 'ms');
  }
}
console.log(root);
