/**
 * One municipality walks the Guía from /interes to activity 11 on the console channel
 * (spawned, --jsonl), each actor a different handle.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
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

describe('a municipality from interest to activity 11 (console, --jsonl)', () => {
  it('follows the Guía, telling exactly the right people', { timeout: 120_000 }, async () => {
    const codes = { poc: invite('--role', 'poc'), gn: invite('--role', 'grupo_nucleo'), ame: invite('--role', 'gremio', '--gremio', 'AME'), congope: invite('--role', 'gremio', '--gremio', 'CONGOPE') };
    const pdf = join(dataDir, 'documento.pdf');
    writeFileSync(pdf, PDF);
    const bot = new BotProcess({ DATA_DIR: dataDir });
    const say = (line: string) => bot.send(line);
    let mark = 0;
    /** Sends lines, then waits for a message to `to` containing `text`; returns it. */
    const expectReply = async (lines: string[], to: string, text: string | RegExp): Promise<OutMessage> => {
      mark = bot.lines.length;
      lines.forEach(say);
      return bot.waitFor((msg) => msg.to === to && (typeof text === 'string' ? msg.text.includes(text) : text.test(msg.text)), mark);
    };
    const codeIn = (message: OutMessage) => CODE.exec(message.text)![1]!;

    for (const [handle, code] of Object.entries(codes)) await expectReply([`@${handle}: ${code}`], handle, 'Bienvenido/a');

    // Route a: interest, notified at once to POC, Grupo Núcleo and AME — nobody else.
    const beforeInterest = bot.lines.length;
    await expectReply(
      ['@alcaldia: /interes', 'municipal', 'GAD Municipal de Cuenca', 'Azuay', 'Cuenca', 'Cristian Zamora', 'Alcalde', 'alcaldia@cuenca.gob.ec', 'Queremos abrir el gobierno', 'Confirmar'],
      'alcaldia',
      'Registré el interés de GAD Municipal de Cuenca',
    );
    const notified = bot.messages().slice(beforeInterest).filter((msg) => msg.text.startsWith('Nuevo interés'));
    expect(notified.map((msg) => msg.to).sort()).toEqual(['ame', 'gn', 'poc']);
    expect(notified[0]!.text).toContain('Cristian Zamora');

    // A repeat is not duplicated.
    await expectReply(['@vecino: /interes', 'municipal', 'gad municipal de cuenca', 'Azuay', 'CUENCA', 'Otra Persona', 'Concejal', '0991234567', 'Queremos participar', 'Confirmar'], 'vecino', 'ya está registrado');

    // The POC accepts; the requester receives the Autoridad's invite.
    await expectReply(['@poc: /revisar', 'GAD Municipal de Cuenca (Azuay)', 'Aceptar'], 'poc', 'Aceptaste a GAD Municipal de Cuenca');
    const authorityInvite = await bot.waitFor((msg) => msg.to === 'alcaldia' && msg.text.includes('Código de invitación'), mark);
    await expectReply([`@alcalde: ${codeIn(authorityInvite)}`], 'alcalde', 'Autoridad del Gobierno local de GAD Municipal de Cuenca');

    // Activity 2 needs its two documents and the designations.
    let refusal = await expectReply(['@alcalde: /confirmar', '2. Suscribir intención o compromiso y designación de delegados técnicos'], 'alcalde', 'Todavía no se puede confirmar la actividad 2');
    expect(refusal.text).toContain('Oficio de delegación');
    expect(refusal.text).toContain('Punto de contacto local (POCL)');
    await expectReply(['@alcalde: /subir', '2 · Oficio de delegación', `/adjuntar ${pdf}`], 'alcalde', 'versión 1');
    await expectReply(['@alcalde: /subir', '2 · Acta de intención o compromiso', `/adjuntar ${pdf}`], 'alcalde', 'versión 1');
    const poclInvite = await expectReply(['@alcalde: /designar', 'Punto de contacto local (POCL)'], 'alcalde', 'Código de invitación');
    const delegadoInvite = await expectReply(['@alcalde: /designar', 'Equipo delegado del Gobierno local'], 'alcalde', 'Código de invitación');
    await expectReply([`@pocl: ${codeIn(poclInvite)}`], 'pocl', 'Bienvenido/a');
    const poclJoined = bot.messages().slice(mark).filter((msg) => msg.text.includes('se unió como Punto de contacto local'));
    // The POC and the gremio are told; the Autoridad and the Grupo Núcleo hear it as a milestone of the process.
    expect(poclJoined.map((msg) => msg.to).sort()).toEqual(['alcalde', 'ame', 'gn', 'poc']);
    await expectReply([`@delegado: ${codeIn(delegadoInvite)}`], 'delegado', 'Bienvenido/a');

    // A Delegado cannot confirm the Autoridad's activity.
    await expectReply(['@delegado: /confirmar'], 'delegado', 'No encontré un gobierno local en el que puedas hacer esto');
    await expectReply(['@alcalde: /confirmar', '2. Suscribir intención o compromiso y designación de delegados técnicos'], 'alcalde', '¡Listo! Registré la actividad 2');

    // 4 by the gremio; 5-8 by the Delegado, with their products.
    await expectReply(['@ame: /confirmar', 'GAD Municipal de Cuenca (Azuay)', '4. Sensibilización en el proceso de GA/EA a equipo delegado'], 'ame', 'Registré la actividad 4');
    await expectReply(['@delegado: /confirmar', '5. Identificar actores clave para el proceso y acompañamiento'], 'delegado', 'Registré la actividad 5');
    await expectReply(['@delegado: /siguiente'], 'delegado', 'Diagnóstico de situación actual');
    await expectReply(['@delegado: Subir «Diagnóstico de situación actual» (GAD Municipal de Cuenca)', `/adjuntar ${pdf}`], 'delegado', 'versión 1');
    await expectReply(['@delegado: /confirmar', '6. Elaborar/ actualizar y analizar el estado de situación actual de la entidad'], 'delegado', 'Registré la actividad 6');
    await expectReply(['@delegado: /subir', '7 · Mapeo de actores', `/adjuntar ${pdf}`], 'delegado', 'versión 1');
    await expectReply(['@delegado: /confirmar', '7. Realizar el mapeo de actores involucrados'], 'delegado', 'Registré la actividad 7');
    await expectReply(['@delegado: /confirmar', '8. Realizar el acercamiento con actores interesados en el proceso'], 'delegado', 'Registré la actividad 8');

    // The Foro: four sectors, principal and suplente each, three offices.
    const sectors = [
      ['Municipio de Cuenca', 'gobierno local'],
      ['Universidad de Cuenca', 'academia'],
      ['Fundación Ciudadanía', 'sociedad civil'],
      ['Cámara de Comercio', 'sector privado'],
    ] as const;
    const confirm9 = async () => (await expectReply(['@pocl: /confirmar', '9. Conformar el foro multiactor'], 'pocl', /actividad 9/)).text;
    const takeSeat = async (entity: string, seat: 'principal' | 'suplente', handle: string) => {
      const code = await expectReply(['@delegado: /foro', 'Invitar al principal o suplente de una entidad', entity, seat], 'delegado', 'Código de invitación');
      say('@delegado: /cancelar');
      await expectReply([`@${handle}: ${codeIn(code)}`], handle, 'Foro Multiactor del Gobierno local de GAD Municipal de Cuenca');
    };
    for (const [entity, sector] of sectors) {
      await expectReply(['@delegado: /foro', 'Agregar una entidad al mapa de actores', entity, sector, 'contacto@example.org', 'Trabaja en transparencia', 'Terminar'], 'delegado', `Agregué a ${entity}`);
    }
    for (const [index, [entity]] of sectors.slice(0, 3).entries()) {
      await takeSeat(entity, 'principal', `p${index}`);
      await takeSeat(entity, 'suplente', `s${index}`);
    }
    refusal = { to: 'pocl', text: await confirm9() };
    expect(refusal.text).toContain('Todavía no se puede confirmar la actividad 9');
    expect(refusal.text).toContain('una entidad de sector privado con principal y suplente');
    await takeSeat('Cámara de Comercio', 'principal', 'p3');
    const lacksSuplente = await confirm9();
    expect(lacksSuplente).toContain('el suplente de una entidad de sector privado');
    await takeSeat('Cámara de Comercio', 'suplente', 's3');
    for (const [office, holder] of [['Presidencia', 'p1'], ['Co-Presidencia', 'p2'], ['Secretaría Técnica', 'p0']]) {
      const member = holder === 'p1' ? 'Universidad de Cuenca' : holder === 'p2' ? 'Fundación Ciudadanía' : 'Municipio de Cuenca';
      await expectReply(['@delegado: /foro', 'Registrar un cargo del Foro', office!, `${holder} (${member})`, 'Terminar'], 'delegado', 'Listo. Escribe /foro');
      if (office === 'Co-Presidencia') {
        const lacksOfficer = await confirm9();
        expect(lacksOfficer).toContain('designar la Secretaría Técnica del Foro');
        expect(lacksOfficer).not.toContain('sector privado');
      }
    }
    const lacksActa = await confirm9();
    expect(lacksActa).toContain('subir «Acta de sesión del FM»');
    expect(lacksActa).not.toContain('Secretaría Técnica');
    await expectReply(['@pocl: /subir', '9 · Acta de sesión del FM', `/adjuntar ${pdf}`], 'pocl', 'versión 1');
    expect(await confirm9()).toContain('¡Listo! Registré la actividad 9');

    // 10 by a Foro officer, 11 by the Autoridad.
    await expectReply(['@p1: /subir', '10 · Propuesta de normativa para constitución y funcionamiento del Foro Multiactor', `/adjuntar ${pdf}`], 'p1', 'versión 1');
    await expectReply(['@p1: /subir', '10 · Acta de sesión del Foro Multiactor', `/adjuntar ${pdf}`], 'p1', 'versión 1');
    await expectReply(['@p1: /confirmar', '10. Cocrear la normativa de constitución y funcionamiento del FM'], 'p1', 'Registré la actividad 10');
    await expectReply(['@alcalde: /subir', '11 · Normativa de constitución y funcionamiento del Foro Multiactor', `/adjuntar ${pdf}`], 'alcalde', 'versión 1');
    await expectReply(['@alcalde: /confirmar', '11. Aprobar la normativa'], 'alcalde', 'Registré la actividad 11');

    const status = await expectReply(['@pocl: /estado'], 'pocl', 'GAD Municipal de Cuenca — aceptado en el proceso');
    for (const n of [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]) expect(status.text).toMatch(new RegExp(`✅ ${n}\\. `));
    expect(status.text).toMatch(/🟡 12\. /);
    expect(status.text).toMatch(/⏳ 13\. /);

    // CONGOPE (provincial gremio) never heard about this municipality.
    expect(bot.messages().filter((msg) => msg.to === 'congope').map((msg) => msg.text)).toEqual([expect.stringContaining('Bienvenido/a')]);
    expect(await bot.end()).toBe(0);
  });
});
