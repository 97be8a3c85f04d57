/**
 * The web portal in a real browser (Debian's Chromium through playwright-core), against a
 * spawned bot on the console channel: a citizen finds a municipality and downloads its
 * published plan and an acta; the POC asks for /web, opens the link, sees the desk, and the
 * link fails the second time; someone without a national role gets no desk. axe-core
 * checks each page; screenshots at phone width go to test-output/web/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import axe from 'axe-core';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp } from '../support/app.js';
import { phoneBrowser, seriousAccessibilityViolations, TEST_OUTPUT } from '../support/browser.js';
import { freePort } from '../support/ports.js';
import { publicRecordFixture, type PublicRecord } from '../support/public-record-fixture.js';
import { BotProcess } from '../support/spawn.js';

const axeSource = axe.source;

let bot: BotProcess;
let browser: BrowserContext;
let base: string;
let record: PublicRecord;

beforeAll(async () => {
  const t = testApp();
  record = await publicRecordFixture(t);
  t.app.close();
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  bot = new BotProcess({ DATA_DIR: t.dataDir, WEB_PORT: String(port), WEB_BASE_URL: base });
  const deadline = Date.now() + 20_000;
  for (;;) {
    const up = await fetch(`${base}/healthz`).then((r) => r.ok, () => false);
    if (up) break;
    if (Date.now() > deadline) throw new Error(`the web server did not start\n${bot.stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  browser = await phoneBrowser();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await bot?.end();
});

describe('the web portal in a browser', () => {
  it('lets a citizen find a municipality and download its published plan and an acta', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/`);
    expect(await seriousAccessibilityViolations(page, axeSource)).toEqual([]);
    await page.screenshot({ path: join(TEST_OUTPUT, 'inicio.png'), fullPage: true });

    await page.getByLabel('Nombre, cantón o provincia').fill('loja');
    await page.getByRole('button', { name: 'Buscar' }).click();
    await page.getByRole('link', { name: 'GAD Municipal de Loja' }).first().click();
    await expect.poll(() => page.url()).toBe(`${base}/gad/${record.municipality}`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('GAD Municipal de Loja');
    expect(await seriousAccessibilityViolations(page, axeSource)).toEqual([]);
    await page.screenshot({ path: join(TEST_OUTPUT, 'gad.png'), fullPage: true });

    const [plan] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /plan-de-accion-.*\.pdf/ }).click()]);
    expect(plan.suggestedFilename()).toMatch(/^plan-de-accion-\d+-\d+\.pdf$/);
    expect(readFileSync(await plan.path()).subarray(0, 5).toString()).toBe('%PDF-');

    const [acta] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /Descargar el acta/ }).click()]);
    expect(acta.suggestedFilename()).toBe('acta-foro.pdf');
    expect(readFileSync(await acta.path()).toString()).toContain('% acta');
    await page.close();
  });

  it('opens the national desk for the POC with the one-time link /web sends, and never again with it', async () => {
    const from = bot.lines.length;
    bot.send('@poc: /web');
    const message = await bot.waitFor((m) => m.to === 'poc' && m.key === 'web-login-link', from);
    const link = /(http:\/\/\S+\/panel\/entrar\?codigo=[\w-]+)/.exec(message.text)![1]!;

    const page = await browser.newPage();
    await page.goto(link);
    await page.getByRole('button', { name: 'Entrar al panel' }).click();
    await expect.poll(() => page.url()).toBe(`${base}/panel`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Panel nacional');
    expect(await page.content()).toContain('GAD Municipal Pendiente de Zapotillo');
    expect(await seriousAccessibilityViolations(page, axeSource)).toEqual([]);
    await page.screenshot({ path: join(TEST_OUTPUT, 'panel.png'), fullPage: true });

    const again = await browser.newPage();
    const response = await again.goto(link);
    expect(response?.status()).toBe(410);
    expect(await again.content()).toContain('Este enlace ya no es válido');
    await again.close();
    await page.close();
  });

  it('gives no desk to a person without a national role', async () => {
    const from = bot.lines.length;
    bot.send('@pocl: /web');
    const refusal = await bot.waitFor((m) => m.to === 'pocl', from);
    expect(refusal.key).toBe('command-not-allowed');
    expect(refusal.text).not.toContain('/panel/entrar');

    await browser.clearCookies();
    const page = await browser.newPage();
    const response = await page.goto(`${base}/panel`);
    expect(response?.status()).toBe(401);
    expect(await page.content()).toContain('escriba /web al bot');
    await page.close();
  });
});
