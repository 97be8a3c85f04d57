import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * A CommonJS module loaded on first use, synchronously (flows run inside synchronous
 * transactions, so `await import()` is not an option). For heavy libraries most runs
 * never need, such as pdfkit (about 30 MB of font data) and ics.
 */
export function lazyRequire<T>(name: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= require(name) as T);
}
