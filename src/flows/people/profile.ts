/**
 * The person's real name, position and institution: asked once, right after they redeem
 * their first invite, and changeable with /perfil. From then on documents, open data and
 * notices show that name, not the chat's display name.
 */
import { m } from '../../shared/i18n.js';
import { personById, setProfile } from '../../store/people.js';
import { shortText } from '../../engine/fields.js';
import { Form, formFlow, textField, type FormState } from '../../engine/form.js';
import type { FlowContext, Reply, StepResult } from '../../engine/types.js';

interface Profile {
  fullName: string;
  position: string;
  institution: string;
}

const form = new Form<Profile>([
  textField<Profile>('fullName', m('profile-ask-name'), shortText(120), m('profile-name-hint')),
  textField<Profile>('position', m('profile-ask-position'), shortText(160), m('profile-text-hint')),
  textField<Profile>('institution', m('profile-ask-institution'), shortText(160), m('profile-text-hint')),
]);

/** Asks and records the sender's full name, position and institution. */
export const profileFlow = {
  ...formFlow<Profile>({
    id: 'profile',
    commands: ['perfil', 'profile'],
    description: m('cmd-profile'),
    available: (ctx) => ctx.person !== undefined,
    form,
    finish(ctx, values) {
      if (!ctx.person) return { replies: [{ text: m('cancelled') }] };
      setProfile(ctx.db, ctx.person.id, { ...values, now: ctx.now });
      ctx.becomePerson(personById(ctx.db, ctx.person.id)!);
      ctx.audit('person.profile', null, { position: values.position, institution: values.institution });
      return { replies: [{ text: m('profile-saved', { name: values.fullName, position: values.position, institution: values.institution }) }] };
    },
  }),
  soft: true,
  join(ctx: FlowContext, welcome: Reply): StepResult<FormState<Profile>> | undefined {
    if (!ctx.person || ctx.person.profiledAt) return undefined;
    const step = form.begin(ctx);
    const args = 'key' in welcome.text && welcome.text.key === 'invite-welcome' ? welcome.text.args : undefined;
    if (step.done || !step.result.next || !args) return undefined;
    // One message: the welcome, ending with the first question.
    return { replies: [{ text: m('invite-welcome', { label: args.label ?? '', ask: 'yes' }) }], next: step.result.next };
  },
};
