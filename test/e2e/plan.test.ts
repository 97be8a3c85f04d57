/**
 * The action plan on the console channel (spawned, --jsonl): a plan with two commitments
 * and three milestones is recorded, approved and published (after the Presidencia's
 * "yes"); a milestone reminder arrives from the scheduler; progress is reported with
 * evidence; 13 and 14 are confirmed; the plan is closed after a question naming the
 * unfinished milestones; the monitor gets the archive and records an evaluation the Foro
 * sees. Then `cli export`, run twice, writes the very package the monitor received. The
 * GAD is brought to activity 13 directly in the store first.
 */
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { PlanDataSchema } from '../../src/domain/plan-schema.js';
import { isoDate, toLocal, addDays } from '../../src/shared/zoned-time.js';
import { Translator } from '../../src/shared/i18n.js';
import { tempDir, testApp } from '../support/app.js';
import { BotProcess, runCli, type OutMessage } from '../support/spawn.js';
import { commitmentAnswers, gadAtActivity13, heldSession, milestoneAnswers, planDecisionLines } from '../support/plan-fixture.js';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const dataDir = tempDir();
const translator = new Translator();
/** A Spanish label, typed as a person would. */
const es = (key: string, args?: Record<string, string>) => translator.t('es', key, args);
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
    heldSession(setup, gadId);
    setup.app.close();
    const evidence = join(dataDir, 'evidencia.pdf');
    writeFileSync(evidence, PDF);
    const bot = new BotProcess({ DATA_DIR: dataDir, REMINDER_WINDOW: '00:00-24:00' });
    let mark = 0;
    /** Sends lines, then waits for the message `key` to `to` (containing `text`, if given); returns it. */
    const expectReply = async (lines: string[], to: string, key: string, text?: string): Promise<OutMessage> => {
      mark = bot.lines.length;
      lines.forEach((line) => bot.send(line));
      return bot.waitFor((msg) => msg.to === to && msg.key === key && (text === undefined || msg.text.includes(text)), mark);
    };
    const addMilestoneTo = (commitment: string) => es('plan-more-milestone', { commitment });
    const as = (who: string, lines: string[]) => lines.map((line) => `@${who}: ${line}`);

    await expectReply(as('pocl', ['/plan', es('plan-action-record'), day(-30), day(365), ...commitmentAnswers('Presupuesto abierto', ['delegado'])]), 'pocl', 'plan-commitment-added');
    await expectReply(as('pocl', [addMilestoneTo('Presupuesto abierto'), 'Sin fecha', day(-10), '-']), 'pocl', 'plan-refused-no-due-date');
    await expectReply(as('pocl', [day(3)]), 'pocl', 'plan-milestone-added', 'Sin fecha');
    await expectReply(as('pocl', [addMilestoneTo('Presupuesto abierto'), ...milestoneAnswers('Informe trimestral', day(-10), day(400))]), 'pocl', 'plan-refused-outside-period');
    await expectReply(as('pocl', [day(60)]), 'pocl', 'plan-milestone-added', 'Informe trimestral');
    await expectReply(as('pocl', [es('plan-more-commitment'), ...commitmentAnswers('Compras transparentes', ['secre'])]), 'pocl', 'plan-commitment-added');
    await expectReply(as('pocl', [addMilestoneTo('Compras transparentes'), ...milestoneAnswers('Datos de compras', day(1), day(90))]), 'pocl', 'plan-milestone-added', 'Datos de compras');
    await expectReply(as('pocl', [es('plan-more-review'), es('choice-confirm')]), 'pocl', 'plan-saved-for-approval');

    await expectReply(as('secre', planDecisionLines(es)), 'secre', 'decisions-recorded');
    await expectReply(as('presi', ['/plan', es('plan-action-approve')]), 'presi', 'plan-approve-ask');
    const published = await expectReply(as('presi', [es('choice-yes', { action: 'approve' })]), 'presi', 'plan-published');
    expect(readFileSync(published.file!.path).subarray(0, 5).toString()).toBe('%PDF-');
    const token = /\/plan (\S+)/.exec(published.text)![1]!;
    await bot.waitFor((msg) => msg.to === 'presi' && msg.file?.name.endsWith('.csv') === true, mark);
    const csv = bot.messages().slice(mark).find((msg) => msg.to === 'presi' && msg.file?.name.endsWith('.csv'))!;
    expect(parse<unknown>(readFileSync(csv.file!.path), { columns: true }).length).toBe(3);
    const json = bot.messages().slice(mark).find((msg) => msg.to === 'presi' && msg.file?.name.endsWith('.json'))!;
    expect(PlanDataSchema.parse(JSON.parse(readFileSync(json.file!.path, 'utf8'))).commitments).toHaveLength(2);
    await expectReply([`@vecina: /plan ${token}`], 'vecina', 'plan-public', 'GAD Municipal de Loja');

    // The scheduler's next sweep (every minute) reminds the delegado of the milestone due in 3 days.
    await bot.waitFor((msg) => msg.to === 'delegado' && msg.key === 'milestone-due-reminder', 0, 75_000);

    await expectReply(as('delegado', ['/plan', es('plan-action-progress'), `Sin fecha (${day(3)})`, 'completo', 'Portal publicado', `/adjuntar ${evidence}`]), 'delegado', 'plan-evidence-received', 'evidencia.pdf');
    await expectReply(as('delegado', [es('plan-evidence-done')]), 'delegado', 'plan-progress-saved', 'completo');

    const yes = es('choice-yes', { action: 'confirm' });
    await expectReply(as('poc', ['/confirmar', 'GAD', 'GAD Municipal de Loja (Loja)', '13. Realizar el acompañamiento y asistencia técnica para Cocreación del Plan de Acción', yes]), 'poc', 'confirm-done-opened', '13. ');
    await expectReply(as('secre', ['/confirmar', '14. Coordinar la implementación del Plan de Acción', yes]), 'secre', 'confirm-done-opened', '14. ');
    await expectReply(as('secre', ['/plan', es('plan-action-close')]), 'secre', 'plan-close-ask', 'Informe trimestral');
    await expectReply(as('secre', [es('choice-yes', { action: 'close' })]), 'secre', 'plan-closed-record');
    const archive = await bot.waitFor((msg) => msg.to === 'monitor' && msg.file?.name.endsWith('.zip') === true, mark);
    const entries = unzipSync(readFileSync(archive.file!.path));
    const manifest = JSON.parse(Buffer.from(entries['manifest.json']!).toString('utf8')) as { files: { name: string; sha256: string }[] };
    for (const f of manifest.files) expect(createHash('sha256').update(entries[f.name]!).digest('hex')).toBe(f.sha256);

    await expectReply(as('monitor', ['/plan', es('plan-action-evaluate'), 'Compras transparentes', es('plan-yes'), es('plan-no'), 'menor', 'marginal', '-']), 'monitor', 'plan-evaluated');
    await bot.waitFor((msg) => msg.to === 'presi' && msg.key === 'plan-evaluated-notify' && msg.text.includes('marginal'), mark);
    await expectReply(as('presi', ['/plan']), 'presi', 'plan-summary', '★ marginal');
    expect(await bot.end()).toBe(0);

    // `cli export`, twice and after the monitor's package, gives the manifest the monitor received, byte for byte.
    for (const run of ['first', 'second']) {
      const out = join(dataDir, `export-${run}`);
      const result = runCli(['export', '--gad', String(gadId), '--out', out], { DATA_DIR: dataDir });
      expect(result.status).toBe(0);
      expect(result.stdout).toContain('.zip');
      expect(readFileSync(join(out, 'manifest.json'))).toEqual(Buffer.from(entries['manifest.json']!));
      const zip = result.stdout.split('\n').find((line) => line.endsWith('.zip'))!;
      expect(createHash('sha256').update(readFileSync(join(out, zip))).digest('hex')).toBe(createHash('sha256').update(readFileSync(archive.file!.path)).digest('hex'));
    }
  });
});
