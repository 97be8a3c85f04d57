import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDataFiles } from '../../src/web/open-data/package.js';
import { tempDir, testApp } from '../support/app.js';
import { publicRecordFixture } from '../support/public-record-fixture.js';
import { runCli } from '../support/spawn.js';

describe('npm run cli -- open-data', () => {
  it('writes the same tables, JSON and schemas the portal serves under /datos/', async () => {
    const t = testApp();
    await publicRecordFixture(t);
    const served = openDataFiles(t.app.db, 'http://localhost:8080', t.clock.now());
    t.app.close();
    const out = tempDir();
    const result = runCli(['open-data', '--out', out], { DATA_DIR: t.dataDir });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout.trim().split('\n').sort()).toEqual(served.map((file) => file.path).sort());
    expect(readdirSync(join(out, 'esquema')).sort()).toEqual(['gads.schema.json', 'plan.schema.json']);
    for (const file of served.filter((f) => f.path.endsWith('.csv') || f.path.startsWith('esquema/'))) {
      expect(readFileSync(join(out, file.path), 'utf8'), file.path).toBe(file.body);
    }
    expect(runCli(['open-data'], { DATA_DIR: t.dataDir }).status).toBe(2);
  });
});
