/** The four pillars of the Estado abierto governance model (Guía, section 1). */
export const PILLARS = [
  { id: 'transparencia', name: 'Transparencia y acceso a la información pública', nameEn: 'Transparency and access to public information' },
  { id: 'integridad', name: 'Integridad y rendición de cuentas', nameEn: 'Integrity and accountability' },
  { id: 'participacion', name: 'Participación ciudadana', nameEn: 'Citizen participation' },
  { id: 'colaboracion', name: 'Colaboración e innovación pública y ciudadana', nameEn: 'Public and citizen collaboration and innovation' },
] as const;

/** A pillar id. */
export type PillarId = (typeof PILLARS)[number]['id'];
