/** `npm run cli -- proposals import --gad ID FILE`, spawned: a Decidim export becomes the GAD's pending proposals; bad input exits 2 and changes nothing. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/store/db.js';
import { pendingProposals } from '../../src/store/proposals.js';
import { tempDir, testApp } from '../support/app.js';
import { gadAtActivity13 } from '../support/plan-fixture.js';
import { runCli } from '../support/spawn.js';

const DECIDIM_CSV = [
  'id,category/id,category/name/es,title/es,body/es,state,reference,supports,published_at,url',
  '101,3,Movilidad,Ciclovías seguras,"<p>Construir ciclovías protegidas en el centro.</p>",evaluating,DEC-PROP-2026-01-101,12,2026-10-01 10:00:00 UTC,https://participa.example/proposals/101',
  '102,3,Movilidad,Presupuesto abierto,"<p>Publicar el presupuesto cada mes.</p>",accepted,DEC-PROP-2026-01-102,30,2026-10-02 10:00:00 UTC,https://participa.example/proposals/102',
].join('\n');

describe('npm run cli -- proposals import', () => {
  it('imports a Decidim export and refuses what it cannot read', { timeout: 120_000 }, () => {
    const t = testApp();
    const gadId = gadAtActivity13(t);
    t.app.close();
    const dir = tempDir();
    const file = join(dir, 'propuestas.csv');
    writeFileSync(file, DECIDIM_CSV);
    const env = { DATA_DIR: t.dataDir };

    const first = runCli(['proposals', 'import', '--gad', String(gadId), file, '--json'], env);
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(JSON.parse(first.stdout)).toEqual({ source: 'decidim', added: 2, skipped: 0, invalid: [] });

    writeFileSync(join(dir, 'otra.csv'), 'nombre,correo\nAna,ana@correo.ec\n');
    const refused = runCli(['proposals', 'import', '--gad', String(gadId), join(dir, 'otra.csv')], env);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('no proposals export');
    expect(runCli(['proposals', 'import', '--gad', '999', file], env)).toMatchObject({ status: 2, stderr: expect.stringContaining('no local government with id 999') });

    const db = openDatabase(join(t.dataDir, 'bot.db'));
    expect(pendingProposals(db, gadId).map((p) => p.title)).toEqual(['Ciclovías seguras', 'Presupuesto abierto']);
    db.$client.close();
  });
});
