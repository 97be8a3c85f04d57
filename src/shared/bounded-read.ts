/** Reading a download of untrusted size into memory, stopping as soon as it grows too large. */

/** Reads every chunk; undefined as soon as the total grows past `limit` bytes (the sender lied about the size). */
export async function readBounded(chunks: AsyncIterable<Uint8Array>, limit: number): Promise<Buffer | undefined> {
  const parts: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of chunks) {
    total += chunk.byteLength;
    if (total > limit) return undefined;
    parts.push(chunk);
  }
  return Buffer.concat(parts);
}
