/**
 * The machine-readable twin of Anexo 4, as `npm run cli -- process --json` prints it.
 */
import { ACTIVITIES } from './activities.js';

/** One activity as published: names, responsible roles, product names, prerequisites. */
export interface PublishedActivity {
  number: number;
  name: string;
  name_en: string;
  responsible: string[];
  products: string[];
  products_en: string[];
  requires: number[];
}

/** The 15 activities in the published shape. */
export function processModel(): PublishedActivity[] {
  return ACTIVITIES.map((a) => ({
    number: a.number,
    name: a.name,
    name_en: a.nameEn,
    responsible: [...a.responsible],
    products: a.products.map((p) => p.name),
    products_en: a.products.map((p) => p.nameEn),
    requires: [...a.requires],
  }));
}

