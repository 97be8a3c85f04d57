/** Questions several journeys ask: the GAD's level, name, province and canton, a contact, a confirmation. */
import { z } from 'zod';
import { GAD_STATUS_NAMES, LEVEL_NAMES } from '../domain/labels.js';
import { certainlySame, registeredThere, type GadPlace } from '../domain/gad-identity.js';
import { gadsOfLevelIn, type Gad } from '../store/gads.js';
import { GAD_LEVELS, PROVINCES, type GadLevel } from '../domain/territory.js';
import { m, raw, type MessageRef } from '../shared/i18n.js';
import { choiceField, EDIT, textField, type Field } from './form.js';
import type { Choice, FlowContext } from './types.js';

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
  /** The id of a GAD already registered there that the person says it is, or "new". */
  existing: string;
}

/** The GADs already registered where the answers so far place the GAD (domain/gad-identity.ts). */
export function registeredAt(ctx: FlowContext, values: Partial<GadIdentity>): Gad[] {
  if (!values.level || !values.province) return [];
  return registeredThere(values as GadPlace, gadsOfLevelIn(ctx.db, values.level, values.province));
}

/**
 * Level, province and (except for provinces) canton of a GAD; then, if governments are
 * already registered there, "¿Es alguno de estos?"; then its name, unless it is one of them.
 */
export function gadIdentityFields<F extends GadIdentity>(): Field<F>[] {
  return [
    choiceField<F>('level', m('gad-level-ask'), () => GAD_LEVELS.map((level) => ({ value: level, label: LEVEL_NAMES[level] })), { editable: true }),
    choiceField<F>('province', m('gad-province-ask'), () => PROVINCES.map((p) => ({ value: p, label: raw(p) })), { editable: true }),
    textField<F>('canton', m('gad-canton-ask'), shortText(80), m('gad-canton-hint'), { when: (values) => values.level !== 'provincial', editable: true }),
    choiceField<F>(
      'existing',
      m('gad-existing-ask'),
      (ctx, values) => [
        ...registeredAt(ctx, values).map((gad) => ({ value: String(gad.id), label: { es: `${gad.name} (${GAD_STATUS_NAMES[gad.status]?.es ?? gad.status})`, en: `${gad.name} (${GAD_STATUS_NAMES[gad.status]?.en ?? gad.status})` } })),
        { value: 'new', label: m('gad-existing-none') },
      ],
      { auto: (ctx, values) => (registeredAt(ctx, values).length === 0 ? 'new' : undefined) },
    ),
    textField<F>('name', m('gad-name-ask'), shortText(120), m('gad-name-hint'), { when: (values) => values.existing === 'new', editable: true }),
  ];
}

/**
 * The GAD already registered that the answers name: the one chosen, or one the new name
 * certainly is (the same normalized name there, or the one municipality of the canton).
 */
export function alreadyRegistered(ctx: FlowContext, values: GadIdentity): Gad | undefined {
  const there = registeredAt(ctx, values);
  if (values.existing !== 'new') return there.find((gad) => String(gad.id) === values.existing);
  return there.find((gad) => certainlySame(values, gad));
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

/** What a "Sí, …" answer does, for its label. */
export type YesAction = 'confirm' | 'close' | 'approve' | 'reopen' | 'replace' | 'revoke' | 'discard' | 'record';

/** The two answers to a question before something irreversible: "Sí, <action>" and "No". */
export function yesNoChoices(action: YesAction): Choice[] {
  return [
    { value: 'yes', label: m('choice-yes', { action }), means: 'yes' },
    { value: 'no', label: m('choice-no'), means: 'no' },
  ];
}
