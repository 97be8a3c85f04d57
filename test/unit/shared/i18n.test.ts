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

/**
 * Forms of the informal "tú" register: imperatives (with their pronouns attached),
 * present and future forms, possessives and pronouns. Officials are addressed as usted.
 */
const TU_FORMS = [
  // Imperatives that are also third-person forms: es.ftl avoids them altogether (usted: escriba, elija, suba…).
  'escribe', 'elige', 'sube', 'envía', 'reenvía', 'revisa', 'responde', 'selecciona', 'confirma', 'indica', 'usa',
  // Imperatives with a pronoun attached, which only tú uses (usted: escríbame, envíelo, revíselo…).
  'escríbe\\p{L}+', 'elíge\\p{L}+', 'súbe\\p{L}+', 'envía\\p{L}+', 'reenvía\\p{L}+', 'revísa\\p{L}+', 'respónde\\p{L}+',
  'confírma\\p{L}+', 'cópia\\p{L}+', 'agréga\\p{L}+', 'regístra\\p{L}+', 'apruéba\\p{L}+', 'pída\\p{L}+', 'pídel[oa]s?',
  'inténta\\p{L}+', 'avísa\\p{L}+', 'dime', 'hazlo', 'haz',
  // Pronouns and possessives.
  'tu', 'tus', 'tú', 'te', 'ti', 'contigo', 'tuyo', 'tuya', 'tuyos', 'tuyas',
  // Present, past and future forms of the second person.
  'eres', 'estás', 'tienes', 'puedes', 'quieres', 'prefieres', 'decides', 'vas', 'llevas', 'informas', 'evalúas', 'necesitas', 'hablas',
  'recibiste', 'fuiste', 'aceptaste', 'aprobaste', 'asistirás', 'recibirás', 'volverás', 'dices',
];
const TU_PATTERN = new RegExp(`(?<![\\p{L}\\p{N}_$-])(?:${TU_FORMS.join('|')})(?![\\p{L}\\p{N}_])`, 'iu');

/** The text people read in a locale file: message and term values, without ids, comments or placeables' insides. */
function readableLines(locale: string): { id: string; text: string }[] {
  const lines = readFileSync(join(ROOT, 'locales', `${locale}.ftl`), 'utf8').split('\n');
  const out: { id: string; text: string }[] = [];
  let id = '';
  for (const line of lines) {
    if (line.startsWith('#') || line.trim() === '') continue;
    const head = /^(-?[a-zA-Z][a-zA-Z0-9_-]*)\s*=(.*)$/.exec(line);
    if (head) id = head[1]!;
    // Variant keys ([yes], *[other]) and placeables ({ $name }, { -foro }) are not words people read.
    const value = (head ? head[2]! : line).replace(/^\s*\*?\[[^\]]*\]/, '').replace(/\{[^{}]*\}/g, ' ');
    out.push({ id, text: value });
  }
  return out;
}

describe('locales', () => {
  it('es.ftl speaks as usted: no tú imperative, verb form, possessive or pronoun', () => {
    const found = readableLines('es').filter((line) => TU_PATTERN.test(line.text)).map((line) => `${line.id}: ${line.text.trim()}`);
    expect(found).toEqual([]);
  });

  it('the register check finds the tú forms it is meant to find', () => {
    for (const sentence of ['Escribe /ayuda', 'envíame tu código', 'Revísalo con /revisar', 'si eres autoridad', '¿Qué prefieres?', 'Te aviso', 'hazlo ya']) {
      expect(TU_PATTERN.test(sentence), sentence).toBe(true);
    }
    for (const sentence of ['Escriba /ayuda', 'envíeme su código', 'Revíselo con /revisar', 'si usted es autoridad', 'Tutorial', 'estatus', 'Usado']) {
      expect(TU_PATTERN.test(sentence), sentence).toBe(false);
    }
  });

  it('es.ftl writes no "/a" or "/o" gender slashes: it rephrases or selects instead', () => {
    const found = readableLines('es').filter((line) => /\p{L}\/(?:a|o|as|os)(?!\p{L})/u.test(line.text)).map((line) => `${line.id}: ${line.text.trim()}`);
    expect(found).toEqual([]);
  });

  it('es.ftl and en.ftl define the same terms', () => {
    const terms = (locale: string) => [...readFileSync(join(ROOT, 'locales', `${locale}.ftl`), 'utf8').matchAll(/^(-[a-zA-Z][a-zA-Z0-9_-]*)\s*=/gm)].map((match) => match[1]!).sort();
    expect(terms('es').length).toBeGreaterThan(0);
    expect(terms('en')).toEqual(terms('es'));
  });

  it('no quoted argument is followed by a full stop, so a quote ending in one reads once', () => {
    const doubled = (locale: string) =>
      readFileSync(join(ROOT, 'locales', `${locale}.ftl`), 'utf8')
        .split('\n')
        .filter((line) => /[»”"]\s*[.]/.test(line) && /[«“"]\{ \$\w+ \}[»”"]\s*\./.test(line));
    expect(doubled('es')).toEqual([]);
    expect(doubled('en')).toEqual([]);
  });

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
