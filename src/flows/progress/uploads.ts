/**
 * Uploading a product of an activity: /subir (/upload), or the "upload" buttons of
 * /siguiente. Each upload of the same product is a new version; old ones are kept.
 */
import { ACTIVITIES, type Activity, type Product } from '../../domain/activities.js';
import { mayUpload } from '../../domain/permissions.js';
import { uploadsProducts } from '../../domain/duties.js';
import { standing } from '../../domain/readiness.js';
import { m } from '../../shared/i18n.js';
import { addDocument } from '../../store/documents-repo.js';
import { gadById, type Gad } from '../../store/gads.js';
import { peopleWithRole } from '../../store/people.js';
import { gadState } from '../../store/progress.js';
import { choiceField, Form, formFlow, type Field } from '../../engine/form.js';
import { gadFields, requireGad } from '../../engine/gad-field.js';
import { activityTitle, productName } from '../../engine/names.js';
import { receiptArgs } from '../../engine/receipts.js';
import type { StoredFile } from '../../shared/messages.js';
import type { FlowContext, FlowInput, Reply } from '../../engine/types.js';

/** A product of one activity, as "activity:product". */
export function productKey(activity: Activity, product: Product): string {
  return `${activity.number}:${product.id}`;
}

/** The products a person may upload for a GAD. */
export function uploadableProducts(ctx: FlowContext, gad: Gad): { activity: Activity; product: Product }[] {
  // A session's acta is filed by /acta with its session, never uploaded loose.
  return ACTIVITIES.filter((activity) => mayUpload(ctx.memberships, activity, gad)).flatMap((activity) =>
    activity.products.filter((product) => !product.fromSession).map((product) => ({ activity, product })),
  );
}

/** The question that waits for the file of a product. */
export function askForFile(activity: Activity, product: Product): Reply {
  return { text: m('upload-send-file', { product: productName(product), activity: activityTitle(activity) }), acceptsFile: true, acceptsText: true };
}

/** Stores an uploaded file as the next version of a GAD's product and tells the POCL. */
export function storeProduct(ctx: FlowContext, gad: Gad, key: string, file: StoredFile): Reply[] {
  const found = uploadableProducts(ctx, gad).find((item) => productKey(item.activity, item.product) === key);
  if (!found) return [{ text: m('upload-not-allowed') }];
  const row = addDocument(ctx.db, file, {
    gadId: gad.id,
    activity: found.activity.number,
    product: found.product.id,
    uploadedByPersonId: ctx.person?.id ?? null,
    now: ctx.now,
  });
  ctx.audit('document.uploaded', gad.id, { documentId: row.id, product: row.product, version: row.version, sha256: file.sha256 });
  for (const pocl of peopleWithRole(ctx.db, 'pocl', { gadId: gad.id })) {
    if (pocl !== ctx.person?.id) ctx.notify(pocl, { text: m('document-uploaded-notify', { product: productName(found.product), gad: gad.name, who: ctx.person?.displayName ?? '' }) });
  }
  const { name, size, hash } = receiptArgs(file);
  return [{ text: m('upload-stored', { name, size, hash, product: productName(found.product), version: row.version }) }];
}

/** A field that waits for a file. */
function fileField<F>(name: keyof F & string, ask: (ctx: FlowContext, values: Partial<F>) => Reply): Field<F> {
  return {
    name,
    ask,
    read: (input: FlowInput) => (input.kind === 'file' ? { ok: true, value: input.file } : { ok: false, hint: m('upload-expected-file') }),
  };
}

interface Upload {
  gadSearch?: string;
  gadId: number;
  product: string;
  file: StoredFile;
}

/** The activity and product of a key made by productKey. */
export function parseKey(key: string | undefined): { activity: Activity; product: Product } | undefined {
  const [number, id] = (key ?? '').split(':');
  const activity = ACTIVITIES.find((a) => String(a.number) === number);
  const product = activity?.products.find((p) => p.id === id);
  return activity && product ? { activity, product } : undefined;
}

const allowed = (ctx: FlowContext, gad: Gad): boolean => uploadableProducts(ctx, gad).length > 0;

/** The products to offer in /subir: those of open activities first (what /siguiente asks for), then the rest in order. */
function openFirst(ctx: FlowContext, gad: Gad): { activity: Activity; product: Product }[] {
  const state = gadState(ctx.db, gad.id);
  const items = uploadableProducts(ctx, gad);
  return [...items.filter((item) => standing(item.activity, state) === 'open'), ...items.filter((item) => standing(item.activity, state) !== 'open')];
}

const form = new Form<Upload>([
  ...gadFields<Upload>(allowed),
  choiceField<Upload>('product', m('upload-ask-product'), (ctx, values) =>
    openFirst(ctx, gadById(ctx.db, values.gadId!)!).map((item) => ({
      value: productKey(item.activity, item.product),
      label: { es: `${item.activity.number} · ${item.product.name}`, en: `${item.activity.number} · ${item.product.nameEn}` },
    })),
  ),
  fileField<Upload>('file', (_ctx, values) => {
    const { activity, product } = parseKey(values.product)!;
    return askForFile(activity, product);
  }),
]);

/** Uploads a product of an activity. */
export const uploadFlow = formFlow<Upload>({
  id: 'upload',
  commands: ['subir', 'upload'],
  description: m('cmd-upload'),
  available: (ctx) => uploadsProducts(ctx.memberships),
  form,
  before: requireGad<Upload>(allowed),
  finish(ctx, values) {
    const gad = gadById(ctx.db, values.gadId);
    return { replies: gad ? storeProduct(ctx, gad, values.product, values.file) : [{ text: m('gad-none') }] };
  },
});
