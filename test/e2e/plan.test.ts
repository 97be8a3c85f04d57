/**
 * The action plan on the console channel (spawned, --jsonl): a plan with two commitments
 * and three milestones is recorded, approved and published; a milestone reminder arrives
 * from the scheduler; progress is reported with evidence; the plan is closed; the monitor
 * gets the archive and records an evaluation the Foro sees. Then `cli export` writes the
 * same package. The GAD is brought to activity 13 directly in the store first.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { PlanDataSchema } from '../../src/domain/plan-schema.js';
import { isoDate, toLocal, addDays } from '../../src/shared/zoned-time.js';
import { tempDir, testApp } from '../support/app.js';
import { BotProcess, runCli, type OutMessage } from '../support/spawn.js';
import { commitmentAnswers, gadAtActivity13, milestoneAnswers } from '../support/plan-fixture.js';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const dataDir = tempDir();
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** A local date `days` from today, as DD/MM/AAAA. */
function day(days: number): string {
  const [y, m, d] = isoDate(addDays(toLocal(new Date(), 'America/Guayaquil'), days)).split('-');
  return `${d}/${m}/${y}`;
}

describe('the action plan on the console', () => {
  it('goes from recording to evaluation', { timeout: 180_000 }, async () => {
    const setup = testApp({ DATA_DIR: dataDir });
    setup.clock.set(new Date(Date.now() - 60_000));
    const gadId = gadAtActivity13(setup);
    setup.app.close();
    const evidence = join(dataDir, 'evidencia.pdf');
    writeFileSync(evidence, PDF);
    const bot = new BotProcess({ DATA_DIR: dataDir, REMINDER_WINDOW: '00:00-24:00' });
    let mark = 0;
    const expectReply = async (lines: string[], to: string, text: string, timeoutMs = 15_000): Promise<OutMessage> => {
      mark = bot.lines.length;
      lines.forEach((line) => bot.send(line));
      return bot.waitFor((msg) => msg.to === to && msg.text.includes(text), mark, timeoutMs);
    };
    const as = (who: string, lines: string[]) => lines.map((line) => `@${who}: ${line}`);

    await expectReply(as('pocl', ['/plan', 'Registrar el Plan de Acción', day(-30), day(365), ...commitmentAnswers('Presupuesto abierto', ['delegado'])]), 'pocl', 'Ahora agrega sus hitos');
    await expectReply(as('pocl', ['Agregar un hito a «Presupuesto abierto»', 'Sin fecha', day(-10), '-']), 'pocl', 'necesita una fecha de entrega');
    await expectReply(as('pocl', [day(3)]), 'pocl', 'Anoté el hito «Sin fecha»');
    await expectReply(as('pocl', ['Agregar un hito a «Presupuesto abierto»', ...milestoneAnswers('Informe trimestral', day(-10), day(400))]), 'pocl', 'fuera del periodo');
    await expectReply(as('pocl', [day(60)]), 'pocl', 'Anoté el hito «Informe trimestral»');
    await expectReply(as('pocl', ['Agregar otro compromiso', ...commitmentAnswers('Compras transparentes', ['secre'])]), 'pocl', 'Anoté el compromiso');
    await expectReply(as('pocl', ['Agregar un hito a «Compras transparentes»', ...milestoneAnswers('Datos de compras', day(1), day(90))]), 'pocl', 'Anoté el hito «Datos de compras»');
    await expectReply(as('pocl', ['Revisar y guardar el plan', 'Confirmar']), 'pocl', 'como borrador');

    const published = await expectReply(as('presi', ['/plan', 'Aprobar y publicar el plan']), 'presi', 'Aprobaste y publiqué');
    expect(readFileSync(published.file!.path).subarray(0, 5).toString()).toBe('%PDF-');
    const token = /\/plan (\S+)/.exec(published.text)![1]!;
    await bot.waitFor((msg) => msg.to === 'presi' && msg.file?.name.endsWith('.csv') === true, mark);
    const csv = bot.messages().slice(mark).find((msg) => msg.to === 'presi' && msg.file?.name.endsWith('.csv'))!;
    expect(parse<unknown>(readFileSync(csv.file!.path), { columns: true }).length).toBe(3);
    const json = bot.messages().slice(mark).find((msg) => msg.to === 'presi' && msg.file?.name.endsWith('.json'))!;
    expect(PlanDataSchema.parse(JSON.parse(readFileSync(json.file!.path, 'utf8'))).commitments).toHaveLength(2);
    await expectReply([`@vecina: /plan ${token}`], 'vecina', 'Plan de Acción de GAD Municipal de Loja');

    // The scheduler's next sweep (every minute) reminds the delegado of the milestone due in 3 days.
    await bot.waitFor((msg) => msg.to === 'delegado' && msg.text.includes('vence el'), 0, 75_000);

    await expectReply(as('delegado', ['/plan', 'Informar el avance de un hito', `Sin fecha (${day(3)})`, 'completo', 'Portal publicado', `/adjuntar ${evidence}`]), 'delegado', 'Recibí evidencia.pdf');
    await expectReply(as('delegado', ['Listo']), 'delegado', 'completo, con 1 archivos de evidencia');

    await expectReply(as('poc', ['/confirmar', 'GAD', 'GAD Municipal de Loja (Loja)', '13. Realizar el acompañamiento y asistencia técnica para Cocreación del Plan de Acción']), 'poc', 'Registré la actividad 13');
    await expectReply(as('secre', ['/plan', 'Cerrar el plan y rendir cuentas']), 'secre', 'Cerré el Plan de Acción');
    const archive = await bot.waitFor((msg) => msg.to === 'monitor' && msg.file?.name.endsWith('.zip') === true, mark);
    const entries = unzipSync(readFileSync(archive.file!.path));
    const manifest = JSON.parse(Buffer.from(entries['manifest.json']!).toString('utf8')) as { files: { name: string; sha256: string }[] };
    for (const f of manifest.files) expect(createHash('sha256').update(entries[f.name]!).digest('hex')).toBe(f.sha256);

    await expectReply(as('monitor', ['/plan', 'Evaluar un compromiso', 'Compras transparentes', 'Sí', 'No', 'menor', 'marginal', '-']), 'monitor', 'Guardé tu evaluación');
    await bot.waitFor((msg) => msg.to === 'presi' && msg.text.includes('¿abrió el gobierno? marginal'), mark);
    await expectReply(as('presi', ['/plan']), 'presi', '★ marginal');
    expect(await bot.end()).toBe(0);

    const out = join(dataDir, 'export');
    const result = runCli(['export', '--gad', String(gadId), '--out', out], { DATA_DIR: dataDir });
    expect(result.status).toBe(0);
    expect(existsSync(join(out, 'manifest.json'))).toBe(true);
    expect(result.stdout).toContain('.zip');
  });
});
