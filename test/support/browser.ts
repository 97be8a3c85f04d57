/**
 * A real browser for end-to-end tests of the web portal: Debian's Chromium
 * (/usr/bin/chromium, installed by .ci/run) driven by playwright-core, headless, with a
 * fresh profile and no network of its own. Never a downloaded browser.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { tempDir } from './app.js';
import { ROOT } from './spawn.js';

/** The system Chromium. */
export const CHROMIUM = '/usr/bin/chromium';

/** Where screenshots go (gitignored). */
export const TEST_OUTPUT = join(ROOT, 'test-output', 'web');

/** Opens Chromium at phone width with a fresh profile; `close()` ends it. */
export async function phoneBrowser(): Promise<BrowserContext> {
  mkdirSync(TEST_OUTPUT, { recursive: true });
  return chromium.launchPersistentContext(tempDir(), {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 1,
    isMobile: false,
    acceptDownloads: true,
    // axe-core is injected into the page; the portal's CSP (script-src 'none') would block it.
    bypassCSP: true,
    locale: 'es-EC',
  });
}

/** A violation axe-core reports. */
interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core on the page; returns the serious and critical violations. */
export async function seriousAccessibilityViolations(page: Page, axeSource: string): Promise<string[]> {
  await page.evaluate(axeSource);
  // Runs in the page, where axe-core defines the global `axe` and `document` is the page.
  const violations = await page.evaluate(async () => {
    const scope = globalThis as unknown as { axe: { run(context: unknown, options: object): Promise<{ violations: AxeViolation[] }> }; document: unknown };
    return (await scope.axe.run(scope.document, { resultTypes: ['violations'] })).violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
