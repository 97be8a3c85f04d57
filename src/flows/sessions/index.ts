/** The flows of Foro sessions and reminders, imported together by the flow registry. */
export { attendanceFlow } from './attendance.js';
export { decisionsFlow } from './decisions.js';
export { minutesFlow } from './minutes.js';
export { remindersFlow } from '../people/reminders.js';
export { sessionsFlow } from './sessions.js';
