/**
 * A training's evidence for its activity: its materials (uploaded when scheduling or when
 * recording attendance) and its attendance list, a CSV built from the recorded answers
 * and attendance. Both are stored as the activity's products, attached to the training,
 * so the activity counts them (store/progress.ts) and /documentos lists them.
 */
import { stringify } from 'csv-stringify/sync';
import type { StoredFile } from '../../shared/messages.js';
import { addDocument, type DocumentRow } from '../../store/documents-repo.js';
import type { DocumentStore } from '../../store/documents.js';
import type { Db } from '../../store/db.js';
import { storeGeneratedFile } from '../../store/generated-files.js';
import { personById } from '../../store/people.js';
import { attachToTraining, inviteesOf, TRAINING_ATTENDANCE_PRODUCT, TRAINING_MATERIALS_PRODUCT, type Training } from '../../store/trainings.js';
import { isoDate, toLocal } from '../../shared/zoned-time.js';

/** The attendance list's columns, in order. */
const ATTENDANCE_COLUMNS = ['training_id', 'gad', 'activity', 'topic', 'date', 'place', 'person', 'position', 'institution', 'response', 'attended'] as const;

/** Stores a training's materials as its activity's product, attached to it. */
export function storeMaterials(db: Db, training: Training, file: StoredFile, by: { personId: number | null; now: Date }): DocumentRow {
  const row = addDocument(db, file, { gadId: training.gadId, activity: training.activity, product: TRAINING_MATERIALS_PRODUCT, uploadedByPersonId: by.personId, now: by.now });
  attachToTraining(db, row.id, training.id);
  return row;
}

/** The attendance list as CSV (UTF-8, header row, RFC 4180 quoting): everyone invited or present, in the order listed. */
export function attendanceCsv(db: Db, training: Training, gadName: string, timeZone: string, people: readonly number[]): string {
  const rows = new Map(inviteesOf(db, training.id).map((row) => [row.personId, row]));
  const date = isoDate(toLocal(training.startsAt, timeZone));
  return stringify(
    people.map((personId) => {
      const person = personById(db, personId);
      const row = rows.get(personId);
      return {
        training_id: training.id,
        gad: gadName,
        activity: training.activity,
        topic: training.topic,
        date,
        place: [training.place, training.link].filter(Boolean).join(' · '),
        person: person?.displayName ?? '?',
        position: person?.position ?? '',
        institution: person?.institution ?? '',
        response: row?.response ?? '',
        attended: row?.attended ? 'yes' : 'no',
      };
    }),
    { header: true, columns: [...ATTENDANCE_COLUMNS] },
  );
}

/** Builds and stores the attendance list as its activity's product, attached to the training. */
export function storeAttendanceList(deps: { db: Db; documents: DocumentStore; timeZone: string }, training: Training, gadName: string, people: readonly number[], now: Date): DocumentRow {
  const csv = attendanceCsv(deps.db, training, gadName, deps.timeZone, people);
  const name = `asistencia-${isoDate(toLocal(training.startsAt, deps.timeZone))}-actividad-${training.activity}.csv`;
  const row = storeGeneratedFile(deps.db, deps.documents, Buffer.from(csv, 'utf8'), { gadId: training.gadId, activity: training.activity, product: TRAINING_ATTENDANCE_PRODUCT, name, mime: 'text/csv', now });
  attachToTraining(deps.db, row.id, training.id);
  return row;
}
