/** A held session's quorum and the entities present, from its recorded attendance and the Foro's seats. */
import { entityKey, quorumOf, type Quorum } from '../../domain/quorum.js';
import type { Db } from '../../store/db.js';
import { foroMembers, type ForoMember } from '../../store/foro.js';
import { attendanceOf, type ForoSession } from '../../store/sessions.js';

/** The quorum of a session, and the seat holders who attended (one per entity present). */
export function sessionQuorum(db: Db, session: Pick<ForoSession, 'id' | 'gadId'>): Quorum & { entities: ForoMember[] } {
  const holders = foroMembers(db, session.gadId);
  const attended = new Set(attendanceOf(db, session.id).filter((row) => row.attended).map((row) => row.personId));
  const entities = new Map<string, ForoMember>();
  for (const holder of holders) if (attended.has(holder.personId) && !entities.has(entityKey(holder))) entities.set(entityKey(holder), holder);
  return { ...quorumOf(holders, attended), entities: [...entities.values()] };
}
