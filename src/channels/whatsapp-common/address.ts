/**
 * A WhatsApp user's address on both adapters: the phone-number JID that Baileys uses
 * (`593991234567@s.whatsapp.net`). The Cloud API names people by the bare number
 * (`wa_id`), so an operator who moves from Baileys to the Cloud API keeps everyone's
 * identity, conversations and roles.
 */

const SUFFIX = '@s.whatsapp.net';

/** The address of the WhatsApp user with this number (digits, international format). */
export function addressOfNumber(waId: string): string {
  return `${waId}${SUFFIX}`;
}

/** The number (wa_id) of an address, or undefined for an address that is not a phone-number JID. */
export function numberOfAddress(address: string): string | undefined {
  const digits = address.endsWith(SUFFIX) ? address.slice(0, -SUFFIX.length) : '';
  return /^\d{6,20}$/.test(digits) ? digits : undefined;
}
