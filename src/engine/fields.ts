/** Questions several journeys ask: the GAD's level, name, province and canton, a contact, a confirmation. */
import { z } from 'zod';
import { LEVEL_NAMES } from '../domain/labels.js';
import { GAD_LEVELS, PROVINCES, type GadLevel } from '../domain/territory.js';
import { m, raw, type MessageRef } from '../shared/i18n.js';
import { choiceField, EDIT, textField, type Field } from './form.js';
import type { FlowContext } from './types.js';

/** A short line of text: 2 to `max` characters. */
export const shortText = (max: number) => z.string().min(2).max(max);

/** An e-mail address or a phone number (7 to 15 digits, optional +, spaces, dashes, brackets). */
export const contactSchema = z.union([
  z.email().max(120),
  z
    .string()
    .regex(/^\+?[\d\s()-]{7,22}$/)
    .refine((text) => {
      const digits = text.replace(/\D/g, '').length;
      return digits >= 7 && digits <= 15;
    }),
]);

/** The fields that identify a GAD. */
export interface GadIdentity {
  level: GadLevel;
  name: string;
  province: string;
  canton?: string;
}

/** Level, name, province and (except for provinces) canton of a GAD. */
export function gadIdentityFields<F extends GadIdentity>(): Field<F>[] {
  return [
    choiceField<F>('level', m('gad-level-ask'), () => GAD_LEVELS.map((level) => ({ value: level, label: LEVEL_NAMES[level] })), { editable: true }),
    textField<F>('name', m('gad-name-ask'), shortText(120), m('gad-name-hint'), { editable: true }),
    choiceField<F>('province', m('gad-province-ask'), () => PROVINCES.map((p) => ({ value: p, label: raw(p) })), { editable: true }),
    textField<F>('canton', m('gad-canton-ask'), shortText(80), m('gad-canton-hint'), { when: (values) => values.level !== 'provincial', editable: true }),
  ];
}

/**
 * The last question of a form: the summary, then confirm, change one answer ("Editar un
 * dato": the form lists its editable answers and comes back here), or cancel. Its
 * answer is "yes" or "no".
 */
export function confirmField<F extends { confirm: string }>(
  summary: (values: Partial<F>, ctx: FlowContext) => MessageRef,
  options: { when?: (values: Partial<F>) => boolean } = {},
): Field<F> {
  const choices = () => [
    { value: 'yes', label: m('choice-confirm'), means: 'yes' as const },
    { value: EDIT, label: m('choice-edit') },
    { value: 'no', label: m('choice-cancel') },
  ];
  return { ...choiceField<F>('confirm', (ctx, values) => summary(values, ctx), choices, options), summary: true };
}
