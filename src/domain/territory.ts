/**
 * Levels of local government and their gremio, and Ecuador's provinces.
 */

/** Levels of local government (GAD). */
export const GAD_LEVELS = ['provincial', 'municipal', 'parroquial'] as const;
/** A GAD level. */
export type GadLevel = (typeof GAD_LEVELS)[number];

/** The associations (gremios) of local governments. */
export const GREMIOS = ['CONGOPE', 'AME', 'CONAGOPARE'] as const;
/** A gremio id. */
export type Gremio = (typeof GREMIOS)[number];

/** Each level's gremio: CONGOPE for provinces, AME for municipalities, CONAGOPARE for rural parishes. */
export const GREMIO_BY_LEVEL: Readonly<Record<GadLevel, Gremio>> = {
  provincial: 'CONGOPE',
  municipal: 'AME',
  parroquial: 'CONAGOPARE',
};

/** Ecuador's 24 provinces. */
export const PROVINCES = [
  'Azuay',
  'Bolívar',
  'Cañar',
  'Carchi',
  'Chimborazo',
  'Cotopaxi',
  'El Oro',
  'Esmeraldas',
  'Galápagos',
  'Guayas',
  'Imbabura',
  'Loja',
  'Los Ríos',
  'Manabí',
  'Morona Santiago',
  'Napo',
  'Orellana',
  'Pastaza',
  'Pichincha',
  'Santa Elena',
  'Santo Domingo de los Tsáchilas',
  'Sucumbíos',
  'Tungurahua',
  'Zamora Chinchipe',
] as const;

/** Whether a string is a gremio id. */
export function isGremio(value: string): value is Gremio {
  return (GREMIOS as readonly string[]).includes(value);
}
