/**
 * Whom an invite is for, as the message carrying its code and the welcome of the person
 * who redeems it say it: the role (and GAD or gremio), the Foro seat and entity or the
 * commitment, and the name the inviter typed.
 */
import { nameIn, OFFICE_NAMES, SEAT_NAMES } from '../domain/labels.js';
import { sharedTranslator, type Localized } from '../shared/i18n.js';
import type { Db } from '../store/db.js';
import { gadById } from '../store/gads.js';
import type { Invite } from '../store/invites.js';
import { roleName } from './names.js';

/** The parts of an invite its label reads. */
export type LabelledInvite = Pick<Invite, 'role' | 'gadId' | 'gremio' | 'attributes' | 'intendedFor'>;

/** The invite's label in both languages. */
export function inviteLabel(db: Db, invite: LabelledInvite): Localized {
  const attributes = invite.attributes ?? {};
  const args = {
    role: roleName(invite.role),
    gad: (invite.gadId !== null && gadById(db, invite.gadId)?.name) || 'none',
    gremio: invite.gremio ?? 'none',
    seat: attributes.seat ? nameIn(SEAT_NAMES, attributes.seat) : 'none',
    entity: attributes.entity ?? '-',
    office: attributes.office ? nameIn(OFFICE_NAMES, attributes.office) : 'none',
    commitment: attributes.commitment ?? 'none',
    name: invite.intendedFor ?? 'none',
  };
  const translator = sharedTranslator();
  return { es: translator.t('es', 'invite-label', args), en: translator.t('en', 'invite-label', args) };
}
