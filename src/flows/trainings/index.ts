/** The flows of trainings (activities 4 and 12), imported together by the flow registry. */
export { trainingRsvpFlow } from './rsvp.js';
export { trainingsFlow } from './trainings.js';
