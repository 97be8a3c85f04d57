/**
 * Who overlooks many local governments at once (the /panorama view and the web's national
 * desk): the POC and the Grupo Núcleo see every one, a gremio contact those of its level.
 */
import type { RoleHeld } from './permissions.js';

/** The local governments a person's national roles reach: all, or those of some gremios. */
export type NationalScope = { kind: 'all' } | { kind: 'gremios'; gremios: readonly string[] };

/** The person's national scope, or undefined when they hold no national role. */
export function nationalScope(roles: readonly Pick<RoleHeld, 'role' | 'gremio'>[]): NationalScope | undefined {
  if (roles.some((held) => held.role === 'poc' || held.role === 'grupo_nucleo')) return { kind: 'all' };
  const gremios = [...new Set(roles.filter((held) => held.role === 'gremio' && held.gremio).map((held) => held.gremio!))];
  return gremios.length > 0 ? { kind: 'gremios', gremios } : undefined;
}

/** Whether a local government is within a national scope. */
export function withinScope(scope: NationalScope, gad: { gremio: string }): boolean {
  return scope.kind === 'all' || scope.gremios.includes(gad.gremio);
}
