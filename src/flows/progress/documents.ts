/**
 * /documentos (/documents): a GAD's documents by activity, with date and uploader;
 * choosing one sends a copy with its SHA-256 fingerprint. Only people with a role in
 * that GAD (or national roles that reach it) may read them.
 */
import { activityByNumber } from '../../domain/activities.js';
import { nameIn, OTHER_DOCUMENT_NAMES, type Bilingual } from '../../domain/labels.js';
import { mayRead } from '../../domain/permissions.js';
import { m } from '../../shared/i18n.js';
import { documentsOfGad } from '../../store/documents-list.js';
import { gadById } from '../../store/gads.js';
import { choiceField, Form, formFlow } from '../../engine/form.js';
import { fingerprint } from '../../engine/receipts.js';
import { gadFields, requireGad } from '../../engine/gad-field.js';
import type { FlowContext } from '../../engine/types.js';
import { formatInstantDate } from '../../shared/zoned-time.js';

/** How many documents are listed and offered at once. */
const LISTED = 20;

interface Reading {
  gadSearch?: string;
  gadId: number;
  documentId: string;
}

function productLabel(activity: number | null, product: string): Bilingual {
  const found = activity ? activityByNumber(activity)?.products.find((p) => p.id === product) : undefined;
  return found ? { es: found.name, en: found.nameEn } : nameIn(OTHER_DOCUMENT_NAMES, product);
}

function listed(ctx: FlowContext, gadId: number) {
  return documentsOfGad(ctx.db, gadId, LISTED);
}

const form = new Form<Reading>([
  ...gadFields<Reading>((ctx, gad) => mayRead(ctx.memberships, gad) && listed(ctx, gad.id).length > 0),
  choiceField<Reading>('documentId', m('documents-ask'), (ctx, values) =>
    listed(ctx, values.gadId!).map((doc) => {
      const label = productLabel(doc.activity, doc.product);
      const line = (name: string) =>
        `${doc.activity ?? '-'} · ${name} v${doc.version} · ${formatInstantDate(doc.createdAt, ctx.config.timeZone)} · ${doc.uploader ?? '-'}`;
      return { value: String(doc.id), label: { es: line(label.es), en: line(label.en) } };
    }),
  ),
]);

/** Lists a GAD's documents and sends a copy of the chosen one. */
export const documentsFlow = formFlow<Reading>({
  id: 'documents',
  commands: ['documentos', 'documents'],
  description: m('cmd-documents'),
  available: (ctx) => ctx.memberships.length > 0,
  form,
  before: requireGad<Reading>((ctx, gad) => mayRead(ctx.memberships, gad) && listed(ctx, gad.id).length > 0),
  finish(ctx, values) {
    const gad = gadById(ctx.db, values.gadId);
    const doc = gad && mayRead(ctx.memberships, gad) ? listed(ctx, gad.id).find((d) => String(d.id) === values.documentId) : undefined;
    if (!gad || !doc) return { replies: [{ text: m('documents-none') }] };
    ctx.audit('document.read', gad.id, { documentId: doc.id });
    return { replies: [{ text: m('documents-sent', { name: doc.fileName, hash: fingerprint(doc.sha256) }), file: { sha256: doc.sha256, name: doc.fileName, mime: doc.mime } }] };
  },
});
