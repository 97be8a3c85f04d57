/**
 * Proposals imported from participation platforms' CSV exports, as `cli proposals import`
 * does: Decidim's (translated columns flattened with "/", HTML bodies) and CONSUL's
 * (headers in the site's language); importing the same file again adds nothing; a file
 * that is no proposals export is refused and changes nothing.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { ImportFormatError, importProposals } from '../../../../src/flows/proposals/import.js';
import { pendingProposals } from '../../../../src/store/proposals.js';
import { testApp, type TestApp } from '../../../support/app.js';
import { gadAtActivity13 } from '../../../support/plan-fixture.js';

let t: TestApp;
afterEach(() => t.cleanup());

/** A Decidim 0.27 proposals export (its serializer's columns, flattened). */
const DECIDIM_CSV = [
  'id,category/id,category/name/es,scope/id,participatory_space/id,component/id,title/es,title/machine_translations/en,body/es,state,reference,answer/es,supports,endorsements/total_count,comments,published_at,url',
  '101,3,Movilidad,,1,2,Ciclovías seguras,Safe bike lanes,"<p>Construir ciclovías protegidas en el centro, con señalización.</p>",evaluating,DEC-PROP-2026-01-101,,12,4,3,2026-10-01 10:00:00 UTC,https://participa.example/processes/1/f/2/proposals/101',
  '102,3,Movilidad,,1,2,Presupuesto abierto,Open budget,"<p>Publicar el presupuesto municipal&nbsp;en datos abiertos cada mes.</p>",accepted,DEC-PROP-2026-01-102,,30,9,1,2026-10-02 10:00:00 UTC,https://participa.example/processes/1/f/2/proposals/102',
  '103,3,Movilidad,,1,2,,,,withdrawn,DEC-PROP-2026-01-103,,0,0,0,,',
].join('\n');

/** A CONSUL admin export of proposals, Spanish site (semicolons, as spreadsheets in Ecuador save them). */
const CONSUL_CSV = ['ID;Título;Autor;Resumen;Fecha de creación', '7;Mercado limpio;vecino@correo.ec;Recolección diaria de residuos en el mercado;01/10/2026 09:00'].join('\n');

describe('importing proposals', () => {
  it('reads Decidim and CONSUL exports as pending proposals, once, without authors’ e-mails', () => {
    t = testApp();
    const gadId = gadAtActivity13(t);
    const now = t.clock.now();
    expect(importProposals(t.app.db, gadId, DECIDIM_CSV, now)).toEqual({ source: 'decidim', added: 2, skipped: 0, invalid: [4] });
    expect(importProposals(t.app.db, gadId, DECIDIM_CSV, now)).toEqual({ source: 'decidim', added: 0, skipped: 2, invalid: [4] });
    expect(importProposals(t.app.db, gadId, CONSUL_CSV, now)).toMatchObject({ source: 'consul', added: 1 });
    expect(pendingProposals(t.app.db, gadId).map((p) => [p.source, p.externalId, p.title, p.description, p.authorContact])).toEqual([
      ['decidim', '101', 'Ciclovías seguras', 'Construir ciclovías protegidas en el centro, con señalización.', null],
      ['decidim', '102', 'Presupuesto abierto', 'Publicar el presupuesto municipal en datos abiertos cada mes.', null],
      ['consul', '7', 'Mercado limpio', 'Recolección diaria de residuos en el mercado', null],
    ]);
    expect(JSON.stringify(t.app.db.$client.prepare('SELECT * FROM proposals').all())).not.toContain('vecino@correo.ec');
    expect(t.app.db.$client.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'proposals.imported'").get()).toEqual({ n: 3 });

    expect(() => importProposals(t.app.db, gadId, 'nombre,correo\nAna,ana@correo.ec\n', now)).toThrow(ImportFormatError);
    expect(t.count('proposals')).toBe(3);
  });
});
