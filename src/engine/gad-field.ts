/**
 * The "which local government?" question. Someone with local roles picks among their
 * GADs (asked only if they have several); the POC, the Grupo Núcleo and gremio contacts
 * type part of a name and pick among the matches.
 */
import { appliesTo } from '../domain/permissions.js';
import { m, raw } from '../shared/i18n.js';
import { gadById, searchGads, type Gad } from '../store/gads.js';
import type { Field, FormState } from './form.js';
import type { FlowContext, StepResult } from './types.js';
import { holdsNationalRole } from '../domain/duties.js';

/** How many GADs are offered as choices at once. */
const MAX_CHOICES = 12;

/** The GADs where the person holds a local role. */
export function localGads(ctx: FlowContext): Gad[] {
  const ids = [...new Set(ctx.memberships.map((row) => row.gadId).filter((id): id is number => id !== null))];
  return ids.map((id) => gadById(ctx.db, id)).filter((gad): gad is Gad => gad !== undefined);
}

/** Whether the person has a national role (POC, Grupo Núcleo, gremio) that reaches many GADs. */
export function hasNationalRole(ctx: FlowContext): boolean {
  return holdsNationalRole(ctx.memberships);
}

/** GADs the person may act on or read, among those matching a typed search. */
function candidates(ctx: FlowContext, search: string | undefined, allowed: (gad: Gad) => boolean): Gad[] {
  const found = search === undefined ? localGads(ctx) : searchGads(ctx.db, search, 200).filter((gad) => ctx.memberships.some((row) => appliesTo(row, gad)));
  return found.filter(allowed).slice(0, MAX_CHOICES);
}

/** The two fields (`gadSearch` for national roles, then `gadId`) that choose a GAD. */
export function gadFields<F extends { gadId: number; gadSearch?: string }>(
  allowed: (ctx: FlowContext, gad: Gad) => boolean = () => true,
): Field<F>[] {
  const search: Field<F> = {
    name: 'gadSearch',
    when: () => true,
    auto: (ctx) => (hasNationalRole(ctx) ? undefined : ''),
    ask: () => ({ text: m('gad-search-ask') }),
    read(input, ctx) {
      if (input.kind !== 'text' || input.text.trim().length < 2) return { ok: false, hint: m('gad-search-ask') };
      const found = candidates(ctx, input.text.trim(), (gad) => allowed(ctx, gad));
      return found.length > 0 ? { ok: true, value: input.text.trim() } : { ok: false, hint: m('gad-search-none') };
    },
  };
  const pick: Field<F> = {
    name: 'gadId',
    auto(ctx, values) {
      const found = candidates(ctx, values.gadSearch || undefined, (gad) => allowed(ctx, gad));
      return found.length === 1 ? found[0]!.id : undefined;
    },
    ask(ctx, values) {
      const found = candidates(ctx, values.gadSearch || undefined, (gad) => allowed(ctx, gad));
      if (found.length === 0) return { text: m('gad-none') };
      return { text: m('gad-ask'), choices: found.map((gad) => ({ value: String(gad.id), label: raw(`${gad.name} (${gad.province})`) })) };
    },
    read(input, ctx, values) {
      const found = candidates(ctx, values.gadSearch || undefined, (gad) => allowed(ctx, gad));
      const chosen = input.kind === 'choice' ? found.find((gad) => String(gad.id) === input.value) : undefined;
      return chosen ? { ok: true, value: chosen.id } : { ok: false, hint: m('choice-invalid') };
    },
  };
  return [search, pick];
}

/**
 * For a form that starts with gadFields: ends the conversation at once, saying so, when a
 * person without national roles has no GAD to choose; otherwise lets the form begin.
 */
export function requireGad<F>(allowed: (ctx: FlowContext, gad: Gad) => boolean) {
  return (ctx: FlowContext): StepResult<FormState<F>> | Partial<F> =>
    !hasNationalRole(ctx) && candidates(ctx, undefined, (gad) => allowed(ctx, gad)).length === 0
      ? { replies: [{ text: m('gad-none') }] }
      : {};
}
