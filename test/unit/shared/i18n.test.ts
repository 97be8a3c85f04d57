import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Translator } from '../../../src/shared/i18n.js';
import { ROOT } from '../../support/spawn.js';

function messageIds(locale: string): string[] {
  const text = readFileSync(join(ROOT, 'locales', `${locale}.ftl`), 'utf8');
  return [...text.matchAll(/^([a-zA-Z][a-zA-Z0-9_-]*)\s*=/gm)].map((match) => match[1]!).sort();
}

/** The variables each message of a locale file uses. */
function variablesByMessage(locale: string): Map<string, Set<string>> {
  const text = readFileSync(join(ROOT, 'locales', `${locale}.ftl`), 'utf8');
  const byId = new Map<string, Set<string>>();
  let current = '';
  for (const line of text.split('\n')) {
    const head = /^([a-zA-Z][a-zA-Z0-9_-]*)\s*=/.exec(line);
    if (head) current = head[1]!;
    else if (!/^\s/.test(line)) current = '';
    if (!current) continue;
    const vars = byId.get(current) ?? new Set<string>();
    for (const v of line.matchAll(/\$([a-zA-Z_][\w-]*)/g)) vars.add(v[1]!);
    byId.set(current, vars);
  }
  return byId;
}

function sourceFiles(dir: string, extension = '.ts'): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? sourceFiles(path, extension) : path.endsWith(extension) ? [path] : [];
  });
}

describe('locales', () => {
  it('es.ftl and en.ftl hold the same message ids', () => {
    expect(messageIds('en')).toEqual(messageIds('es'));
  });

  it('every message id the code uses exists', () => {
    const translator = new Translator();
    const used = new Set<string>();
    // schema.ts is left out: drizzle's text('column') is not a message.
    for (const file of sourceFiles(join(ROOT, 'src')).filter((f) => !f.endsWith('schema.ts'))) {
      const text = readFileSync(file, 'utf8');
      // Messages are referenced as m('id'), t(locale, 'id'), text('id') (channel notices)
      // or notifyRole(role, 'id').
      for (const match of text.matchAll(/\b(?:m|text)\(\s*'([a-z][a-z0-9-]*)'|\b(?:t|translate)\(\s*[\w.]+,\s*'([a-z][a-z0-9-]*)'|\bnotifyRole\(\s*'[^']*',\s*'([a-z][a-z0-9-]*)'/g)) {
        used.add((match[1] ?? match[2] ?? match[3])!);
      }
    }
    // The web's templates call it.t('id') or it.t('id', { ... }).
    for (const file of sourceFiles(join(ROOT, 'src', 'web', 'views'), '.eta')) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([a-z][a-z0-9-]*)'/g)) used.add(match[1]!);
    }
    expect(used.size).toBeGreaterThan(20);
    expect(used.has('web-login-submit')).toBe(true);
    expect([...used].filter((id) => !translator.has(id))).toEqual([]);
  });

  it('each message takes the same variables in both locales', () => {
    const sorted = (locale: string) => Object.fromEntries([...variablesByMessage(locale)].map(([id, vars]) => [id, [...vars].sort()]));
    expect(sorted('en')).toEqual(sorted('es'));
  });

  it('every m() call passes the variables its message uses', () => {
    const variablesOf = variablesByMessage('es');
    const problems: string[] = [];
    for (const file of sourceFiles(join(ROOT, 'src'))) {
      const source = readFileSync(file, 'utf8');
      // m('id') or m('id', { a, b: x, ... }) — the argument object's top-level keys.
      for (const call of source.matchAll(/\bm\(\s*'([a-z][a-z0-9-]*)'\s*(?:,\s*(\{[^;]*?\})\s*)?\)/g)) {
        const [, id, args = ''] = call;
        if (args && !args.startsWith('{')) continue;
        const passed = new Set([...args.replace(/\([^()]*\)/g, '()').matchAll(/[{,]\s*([a-zA-Z_]\w*)\s*(?=[:,}])/g)].map((k) => k[1]!));
        for (const needed of variablesOf.get(id!) ?? []) {
          if (!passed.has(needed)) problems.push(`${file.slice(ROOT.length + 1)}: ${id} needs $${needed}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
