/**
 * The 15 activities of the Guía's Anexo 4, with who is responsible for each, the
 * products (documents) each yields and what must be done before it.
 */
import type { RoleId } from './roles.js';

/** A document an activity yields. */
export interface Product {
  /** Stable id, used in the documents table. */
  id: string;
  /** Spanish name, as Anexo 4 writes it. */
  name: string;
  /** English name. */
  nameEn: string;
  /**
   * Whether it is the acta of a real Foro session: filed by /acta for a session, never
   * uploaded loose, and counted only when attached to a session.
   */
  fromSession?: boolean;
}

/** One activity of Anexo 4. */
export interface Activity {
  number: number;
  /** Spanish name, as Anexo 4 writes it. */
  name: string;
  /** English name. */
  nameEn: string;
  /** Roles that may confirm it (Anexo 4's "Responsable"). */
  responsible: readonly RoleId[];
  /** Documents it yields; each must be uploaded before it can be confirmed. */
  products: readonly Product[];
  /** Activities that must be done first. */
  requires: readonly number[];
}

/** Anexo 4, activity by activity. */
export const ACTIVITIES: readonly Activity[] = [
  {
    number: 1,
    name: 'Indicar interés en la implementación del modelo',
    nameEn: 'Express interest in implementing the model',
    responsible: ['autoridad'],
    products: [],
    requires: [],
  },
  {
    number: 2,
    name: 'Suscribir intención o compromiso y designación de delegados técnicos',
    nameEn: 'Sign the intention or commitment and designate technical delegates',
    responsible: ['autoridad'],
    products: [
      { id: 'oficio_delegacion', name: 'Oficio de delegación', nameEn: 'Letter of delegation' },
      { id: 'acta_intencion', name: 'Acta de intención o compromiso', nameEn: 'Record of intention or commitment' },
    ],
    requires: [1],
  },
  {
    number: 3,
    name: 'Informar a Grupo Núcleo de Estado Abierto Ecuador',
    nameEn: 'Inform the Open State Ecuador Core Group',
    responsible: ['poc'],
    products: [],
    requires: [1],
  },
  {
    number: 4,
    name: 'Sensibilización en el proceso de GA/EA a equipo delegado',
    nameEn: 'Awareness-raising on OG/OS for the delegate team',
    responsible: ['poc', 'gremio'],
    products: [],
    requires: [2],
  },
  {
    number: 5,
    name: 'Identificar actores clave para el proceso y acompañamiento',
    nameEn: 'Identify key actors for the process and support',
    responsible: ['delegado'],
    products: [],
    requires: [4],
  },
  {
    number: 6,
    name: 'Elaborar/ actualizar y analizar el estado de situación actual de la entidad',
    nameEn: "Prepare or update and analyse the entity's current situation",
    responsible: ['delegado'],
    products: [{ id: 'diagnostico', name: 'Diagnóstico de situación actual', nameEn: 'Diagnosis of the current situation' }],
    requires: [5],
  },
  {
    number: 7,
    name: 'Realizar el mapeo de actores involucrados',
    nameEn: 'Map the actors involved',
    responsible: ['delegado'],
    products: [{ id: 'mapeo_actores', name: 'Mapeo de actores', nameEn: 'Actor map' }],
    requires: [5],
  },
  {
    number: 8,
    name: 'Realizar el acercamiento con actores interesados en el proceso',
    nameEn: 'Approach the actors interested in the process',
    responsible: ['delegado'],
    products: [],
    requires: [7],
  },
  {
    number: 9,
    name: 'Conformar el foro multiactor',
    nameEn: 'Constitute the multi-stakeholder forum',
    responsible: ['foro'],
    products: [{ id: 'acta_constitucion_fm', name: 'Acta de sesión del FM', nameEn: 'Minutes of the forum session', fromSession: true }],
    requires: [8],
  },
  {
    number: 10,
    name: 'Cocrear la normativa de constitución y funcionamiento del FM',
    nameEn: 'Co-create the rules of constitution and operation of the forum',
    responsible: ['foro'],
    products: [
      {
        id: 'propuesta_normativa_fm',
        name: 'Propuesta de normativa para constitución y funcionamiento del Foro Multiactor',
        nameEn: 'Proposed rules of constitution and operation of the forum',
      },
      { id: 'acta_sesion_fm', name: 'Acta de sesión del Foro Multiactor', nameEn: 'Minutes of the forum session', fromSession: true },
    ],
    requires: [9],
  },
  {
    number: 11,
    name: 'Aprobar la normativa',
    nameEn: 'Approve the rules',
    responsible: ['autoridad'],
    products: [
      {
        id: 'normativa_fm',
        name: 'Normativa de constitución y funcionamiento del Foro Multiactor',
        nameEn: 'Rules of constitution and operation of the forum',
      },
    ],
    requires: [10],
  },
  {
    number: 12,
    name: 'Realizar la sensibilización y capacitación al FM y equipo de la entidad',
    nameEn: "Awareness-raising and training for the forum and the entity's team",
    responsible: ['poc', 'gremio'],
    products: [],
    requires: [9],
  },
  {
    number: 13,
    name: 'Realizar el acompañamiento y asistencia técnica para Cocreación del Plan de Acción',
    nameEn: 'Support and technical assistance for co-creating the action plan',
    responsible: ['poc'],
    products: [],
    requires: [11, 12],
  },
  {
    number: 14,
    name: 'Coordinar la implementación del Plan de Acción',
    nameEn: 'Coordinate the implementation of the action plan',
    responsible: ['foro'],
    products: [],
    requires: [13],
  },
  {
    number: 15,
    name: 'Realizar el cierre del Plan y rendición de cuentas',
    nameEn: 'Close the plan and account to the public',
    responsible: ['foro'],
    products: [],
    requires: [14],
  },
];

/** Whether a product id is the acta of a Foro session (see Product.fromSession). */
export function isSessionProduct(productId: string): boolean {
  return ACTIVITIES.some((activity) => activity.products.some((product) => product.id === productId && product.fromSession));
}

/** The activity with that number, or undefined. */
export function activityByNumber(number: number): Activity | undefined {
  return ACTIVITIES.find((activity) => activity.number === number);
}

