/**
 * The smallest Compound File Binary (OLE2) container with the streams asked for: what
 * an old Word document (a "WordDocument" stream) or an installer (other streams) looks
 * like to a type sniffer, for upload tests.
 */
const END_OF_CHAIN = 0xfffffffe;
const FREE = 0xffffffff;

/** A compound file (512-byte sectors) whose directory lists `streams` (all empty). */
export function compoundFile(streams: readonly string[]): Buffer {
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x3e, 0x18);
  header.writeUInt16LE(3, 0x1a);
  header.writeUInt16LE(0xfffe, 0x1c);
  header.writeUInt16LE(9, 0x1e);
  header.writeUInt16LE(6, 0x20);
  header.writeUInt32LE(1, 0x2c);
  header.writeUInt32LE(1, 0x30);
  header.writeUInt32LE(4096, 0x38);
  header.writeUInt32LE(END_OF_CHAIN, 0x3c);
  header.writeUInt32LE(END_OF_CHAIN, 0x44);
  for (let i = 0; i < 109; i++) header.writeUInt32LE(i === 0 ? 0 : FREE, 0x4c + 4 * i);
  const fat = Buffer.alloc(512, 0xff);
  fat.writeUInt32LE(0xfffffffd, 0);
  fat.writeUInt32LE(END_OF_CHAIN, 4);
  const directory = Buffer.alloc(512);
  ['Root Entry', ...streams].slice(0, 4).forEach((name, i) => {
    const entry = directory.subarray(i * 128, (i + 1) * 128);
    const encoded = Buffer.from(`${name}\0`, 'utf16le');
    encoded.copy(entry, 0);
    entry.writeUInt16LE(encoded.length, 0x40);
    entry[0x42] = i === 0 ? 5 : 2;
    entry.writeUInt32LE(FREE, 0x44);
    entry.writeUInt32LE(FREE, 0x48);
    entry.writeUInt32LE(i === 0 && streams.length > 0 ? 1 : FREE, 0x4c);
    entry.writeUInt32LE(END_OF_CHAIN, 0x74);
  });
  return Buffer.concat([header, fat, directory]);
}
