/** Names of the Guía's things (activities, roles, products) in both languages. */
import { activityByNumber, type Activity, type Product } from '../domain/activities.js';
import { roleById, isRoleId } from '../domain/roles.js';
import type { Localized } from '../shared/i18n.js';

/** "2. Suscribir intención o compromiso…" / "2. Sign the intention…". */
export function activityTitle(activity: Activity | number): Localized {
  const a = typeof activity === 'number' ? activityByNumber(activity)! : activity;
  return { es: `${a.number}. ${a.name}`, en: `${a.number}. ${a.nameEn}` };
}

/** A product's name. */
export function productName(product: Product): Localized {
  return { es: product.name, en: product.nameEn };
}

/** A role's name (the id itself if unknown). */
export function roleName(role: string): Localized {
  if (!isRoleId(role)) return { es: role, en: role };
  const r = roleById(role);
  return { es: r.name, en: r.nameEn };
}

/** The responsible roles of an activity, joined with " / ". */
export function responsibleNames(activity: Activity): Localized {
  const names = activity.responsible.map(roleName);
  return { es: names.map((n) => n.es).join(' / '), en: names.map((n) => n.en).join(' / ') };
}
