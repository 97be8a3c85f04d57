/**
 * One municipality walks the Guía from /interes to activity 11 on the console channel
 * (spawned, --jsonl), each actor a different handle.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Translator } from '../../src/shared/i18n.js';
import { tempDir } from '../support/app.js';
import { BotProcess, runCli, type OutMessage } from '../support/spawn.js';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const dataDir = tempDir();
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function invite(...args: string[]): string {
  const result = runCli(['invite', ...args, '--json'], { DATA_DIR: dataDir });
  return (JSON.parse(result.stdout) as { code: string }).code;
}

const CODE = /([0-9A-Z]{16})/;
const translator = new Translator();
/** A Spanish label, typed as a person would. */
const es = (key: string, args?: Record<string, string | number>) => translator.t('es', key, args);

describe('a municipality from interest to activity 11 (console, --jsonl)', () => {
  it('follows the Guía, telling exactly the right people', { timeout: 120_000 }, async () => {
    const codes = { poc: invite('--role', 'poc'), gn: invite('--role', 'grupo_nucleo'), ame: invite('--role', 'gremio', '--gremio', 'AME'), congope: invite('--role', 'gremio', '--gremio', 'CONGOPE') };
    const pdf = join(dataDir, 'documento.pdf');
    writeFileSync(pdf, PDF);
    const bot = new BotProcess({ DATA_DIR: dataDir });
    const say = (line: string) => bot.send(line);
    let mark = 0;
    /** Sends lines, then waits for the message `key` to `to` (containing `text`, if given); returns it. */
    const expectReply = async (lines: string[], to: string, key: string | readonly string[], text?: string): Promise<OutMessage> => {
      mark = bot.lines.length;
      lines.forEach(say);
      const keys = typeof key === 'string' ? [key] : key;
      return bot.waitFor((msg) => msg.to === to && keys.includes(msg.key ?? '') && (text === undefined || msg.text.includes(text)), mark);
    };
    const codeIn = (message: OutMessage) => CODE.exec(message.text)![1]!;

    for (const [handle, code] of Object.entries(codes)) await expectReply([`@${handle}: ${code}`], handle, 'invite-welcome');

    // Route a: interest, notified at once to POC, Grupo Núcleo and AME — nobody else.
    const beforeInterest = bot.lines.length;
    await expectReply(
      ['@alcaldia: /interes', 'municipal', 'GAD Municipal de Cuenca', 'Azuay', 'Cuenca', 'Cristian Zamora', 'Alcalde', 'alcaldia@cuenca.gob.ec', 'Queremos abrir el gobierno', es('choice-confirm')],
      'alcaldia',
      'interest-registered',
      'GAD Municipal de Cuenca',
    );
    // The POC's notice is the one with the "Revisar" button.
    const notified = bot.messages().slice(beforeInterest).filter((msg) => msg.key === 'interest-notify' || msg.key === 'interest-notify-review');
    expect(notified.map((msg) => msg.to).sort()).toEqual(['ame', 'gn', 'poc']);
    expect(notified[0]!.text).toContain('Cristian Zamora');

    // A repeat is not duplicated.
    await expectReply(['@vecino: /interes', 'municipal', 'gad municipal de cuenca', 'Azuay', 'CUENCA', 'Otra Persona', 'Concejal', '0991234567', 'Queremos participar', es('choice-confirm')], 'vecino', 'interest-duplicate');

    // The POC accepts; the requester receives the Autoridad's invite.
    await expectReply(['@poc: /revisar', 'GAD Municipal de Cuenca (Azuay)', es('review-accept')], 'poc', 'review-accepted', 'GAD Municipal de Cuenca');
    const authorityInvite = await bot.waitFor((msg) => msg.to === 'alcaldia' && msg.key === 'invite-created', mark);
    await expectReply([`@alcalde: ${codeIn(authorityInvite)}`], 'alcalde', 'invite-welcome-gad', 'Autoridad del Gobierno local');

    // Activity 2 needs its two documents and the designations.
    let refusal = await expectReply(['@alcalde: /confirmar', '2. Suscribir intención o compromiso y designación de delegados técnicos'], 'alcalde', 'confirm-missing', '2. ');
    expect(refusal.text).toContain('Oficio de delegación');
    expect(refusal.text).toContain('Punto de contacto local (POCL)');
    const stored = 'upload-stored';
    await expectReply(['@alcalde: /subir', '2 · Oficio de delegación', `/adjuntar ${pdf}`], 'alcalde', stored);
    await expectReply(['@alcalde: /subir', '2 · Acta de intención o compromiso', `/adjuntar ${pdf}`], 'alcalde', stored);
    const poclInvite = await expectReply(['@alcalde: /designar', 'Punto de contacto local (POCL)'], 'alcalde', 'invite-created');
    const delegadoInvite = await expectReply(['@alcalde: /designar', 'Equipo delegado del Gobierno local'], 'alcalde', 'invite-created');
    await expectReply([`@pocl: ${codeIn(poclInvite)}`], 'pocl', 'invite-welcome-gad');
    const poclJoined = bot.messages().slice(mark).filter((msg) => msg.key === 'pocl-joined-notify');
    expect(poclJoined.map((msg) => msg.to).sort()).toEqual(['ame', 'poc']);
    // The Autoridad and the Grupo Núcleo hear it as a milestone of the process.
    const milestone = bot.messages().slice(mark).filter((msg) => msg.key === 'milestone-notice');
    expect(milestone.map((msg) => msg.to).sort()).toEqual(['alcalde', 'gn']);
    await expectReply([`@delegado: ${codeIn(delegadoInvite)}`], 'delegado', 'invite-welcome-gad');

    // A Delegado cannot confirm the Autoridad's activity.
    await expectReply(['@delegado: /confirmar'], 'delegado', 'gad-none');
    const done = ['confirm-done', 'confirm-done-opened'];
    await expectReply(['@alcalde: /confirmar', '2. Suscribir intención o compromiso y designación de delegados técnicos'], 'alcalde', done, '2. ');

    // 4 by the gremio; 5-8 by the Delegado, with their products.
    await expectReply(['@ame: /confirmar', 'GAD Municipal de Cuenca (Azuay)', '4. Sensibilización en el proceso de GA/EA a equipo delegado'], 'ame', done, '4. ');
    await expectReply(['@delegado: /confirmar', '5. Identificar actores clave para el proceso y acompañamiento'], 'delegado', done, '5. ');
    await expectReply(['@delegado: /siguiente'], 'delegado', 'next-choose');
    expect(bot.messages().slice(mark).some((msg) => msg.to === 'delegado' && msg.text.includes('Diagnóstico de situación actual'))).toBe(true);
    await expectReply([`@delegado: ${es('next-upload', { product: 'Diagnóstico de situación actual', gad: 'GAD Municipal de Cuenca' })}`, `/adjuntar ${pdf}`], 'delegado', stored);
    await expectReply(['@delegado: /confirmar', '6. Elaborar/ actualizar y analizar el estado de situación actual de la entidad'], 'delegado', done, '6. ');
    await expectReply(['@delegado: /subir', '7 · Mapeo de actores', `/adjuntar ${pdf}`], 'delegado', stored);
    await expectReply(['@delegado: /confirmar', '7. Realizar el mapeo de actores involucrados'], 'delegado', done, '7. ');
    await expectReply(['@delegado: /confirmar', '8. Realizar el acercamiento con actores interesados en el proceso'], 'delegado', done, '8. ');

    // The Foro: four sectors, principal and suplente each, three offices.
    const sectors = [
      ['Municipio de Cuenca', 'gobierno local'],
      ['Universidad de Cuenca', 'academia'],
      ['Fundación Ciudadanía', 'sociedad civil'],
      ['Cámara de Comercio', 'sector privado'],
    ] as const;
    /** /confirmar 9 as the POCL: the refusal's text, or the confirmation's. */
    const confirm9 = async () => {
      mark = bot.lines.length;
      say('@pocl: /confirmar');
      say('@pocl: 9. Conformar el foro multiactor');
      return bot.waitFor((msg) => msg.to === 'pocl' && ['confirm-missing', ...done].includes(msg.key ?? ''), mark);
    };
    const takeSeat = async (entity: string, seat: 'principal' | 'suplente', handle: string) => {
      const code = await expectReply(['@delegado: /foro', es('foro-action-seat'), entity, seat], 'delegado', 'invite-created');
      say('@delegado: /cancelar');
      await expectReply([`@${handle}: ${codeIn(code)}`], handle, 'invite-welcome-gad', 'GAD Municipal de Cuenca');
    };
    for (const [entity, sector] of sectors) {
      await expectReply(['@delegado: /foro', es('foro-action-entity'), entity, sector, 'contacto@example.org', 'Trabaja en transparencia', es('choice-done')], 'delegado', 'foro-bye');
      expect(bot.messages().slice(mark).some((msg) => msg.to === 'delegado' && msg.key === 'foro-entity-added' && msg.text.includes(entity))).toBe(true);
    }
    for (const [index, [entity]] of sectors.slice(0, 3).entries()) {
      await takeSeat(entity, 'principal', `p${index}`);
      await takeSeat(entity, 'suplente', `s${index}`);
    }
    refusal = await confirm9();
    expect(refusal.key).toBe('confirm-missing');
    expect(refusal.text).toContain(es('missing-foro-sector', { sector: 'sector privado' }));
    await takeSeat('Cámara de Comercio', 'principal', 'p3');
    const lacksSuplente = (await confirm9()).text;
    expect(lacksSuplente).toContain(es('missing-foro-suplente', { sector: 'sector privado' }));
    await takeSeat('Cámara de Comercio', 'suplente', 's3');
    for (const [office, holder] of [['Presidencia', 'p1'], ['Co-Presidencia', 'p2'], ['Secretaría Técnica', 'p0']]) {
      const member = holder === 'p1' ? 'Universidad de Cuenca' : holder === 'p2' ? 'Fundación Ciudadanía' : 'Municipio de Cuenca';
      await expectReply(['@delegado: /foro', es('foro-action-office'), office!, `${holder} (${member})`, es('choice-done')], 'delegado', 'foro-bye');
      if (office === 'Co-Presidencia') {
        const lacksOfficer = (await confirm9()).text;
        expect(lacksOfficer).toContain(es('missing-foro-office', { office: 'Secretaría Técnica' }));
        expect(lacksOfficer).not.toContain('sector privado');
      }
    }
    const lacksActa = (await confirm9()).text;
    expect(lacksActa).toContain(es('missing-product', { product: 'Acta de sesión del FM' }));
    expect(lacksActa).not.toContain('Secretaría Técnica');
    await expectReply(['@pocl: /subir', '9 · Acta de sesión del FM', `/adjuntar ${pdf}`], 'pocl', stored);
    const confirmed9 = await confirm9();
    expect(done).toContain(confirmed9.key);
    expect(confirmed9.text).toContain('9. ');

    // 10 by a Foro officer, 11 by the Autoridad.
    await expectReply(['@p1: /subir', '10 · Propuesta de normativa para constitución y funcionamiento del Foro Multiactor', `/adjuntar ${pdf}`], 'p1', stored);
    await expectReply(['@p1: /subir', '10 · Acta de sesión del Foro Multiactor', `/adjuntar ${pdf}`], 'p1', stored);
    await expectReply(['@p1: /confirmar', '10. Cocrear la normativa de constitución y funcionamiento del FM'], 'p1', done, '10. ');
    await expectReply(['@alcalde: /subir', '11 · Normativa de constitución y funcionamiento del Foro Multiactor', `/adjuntar ${pdf}`], 'alcalde', stored);
    await expectReply(['@alcalde: /confirmar', '11. Aprobar la normativa'], 'alcalde', done, '11. ');

    const status = await expectReply(['@pocl: /estado'], 'pocl', 'status-header', 'GAD Municipal de Cuenca');
    for (const n of [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]) expect(status.text).toMatch(new RegExp(`✅ ${n}\\. `));
    expect(status.text).toMatch(/🟡 12\. /);
    expect(status.text).toMatch(/⏳ 13\. /);

    // CONGOPE (provincial gremio) never heard about this municipality.
    expect(bot.messages().filter((msg) => msg.to === 'congope').map((msg) => msg.key)).toEqual(['invite-welcome']);
    expect(await bot.end()).toBe(0);
  });
});
