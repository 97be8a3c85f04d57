/** WhatsApp's own limits, the same on both adapters. */

/** The largest document the bot sends on WhatsApp (phones and the Cloud API refuse larger ones); larger files go in parts. */
export const WHATSAPP_DOCUMENT_LIMIT_BYTES = 100 * 1024 * 1024;
