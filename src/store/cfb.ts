/**
 * Just enough of the Compound File Binary format (OLE2, the container of old Office files,
 * of installers and of Outlook messages) to list the names of its streams, so a legacy
 * Word, Excel or PowerPoint file can be told from an `.msi` or anything else in the same
 * container. Malformed input gives undefined, never an exception.
 */

const SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const END_OF_CHAIN = 0xfffffffe;
const MAX_SECTORS = 1 << 20;

/** The names of the storages and streams of a compound file, or undefined if it is not one. */
export function compoundFileNames(bytes: Uint8Array): string[] | undefined {
  try {
    return readNames(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  } catch {
    return undefined;
  }
}

function readNames(buffer: Buffer): string[] | undefined {
  if (buffer.length < 512 || SIGNATURE.some((byte, i) => buffer[i] !== byte)) return undefined;
  const sectorShift = buffer.readUInt16LE(0x1e);
  if (sectorShift !== 9 && sectorShift !== 12) return undefined;
  const sectorSize = 1 << sectorShift;
  const sector = (n: number) => {
    const start = (n + 1) * sectorSize;
    if (n >= MAX_SECTORS || start + sectorSize > buffer.length) throw new Error('sector out of range');
    return buffer.subarray(start, start + sectorSize);
  };

  // The FAT's sectors: 109 in the header, the rest in the DIFAT chain.
  const fatSectors: number[] = [];
  for (let i = 0; i < 109; i++) fatSectors.push(buffer.readUInt32LE(0x4c + 4 * i));
  let difat = buffer.readUInt32LE(0x44);
  for (let hops = 0; difat < END_OF_CHAIN && hops < MAX_SECTORS; hops++) {
    const block = sector(difat);
    for (let i = 0; i < sectorSize / 4 - 1; i++) fatSectors.push(block.readUInt32LE(4 * i));
    difat = block.readUInt32LE(sectorSize - 4);
  }
  const fat: number[] = [];
  for (const n of fatSectors) {
    if (n >= END_OF_CHAIN - 1) continue;
    const block = sector(n);
    for (let i = 0; i < sectorSize / 4; i++) fat.push(block.readUInt32LE(4 * i));
  }

  const names: string[] = [];
  const visited = new Set<number>();
  for (let n = buffer.readUInt32LE(0x30); n < END_OF_CHAIN; n = fat[n] ?? END_OF_CHAIN) {
    if (visited.has(n)) throw new Error('cycle in the directory chain');
    visited.add(n);
    const block = sector(n);
    for (let offset = 0; offset + 128 <= sectorSize; offset += 128) {
      const type = block[offset + 0x42];
      const length = block.readUInt16LE(offset + 0x40);
      if ((type === 1 || type === 2) && length >= 2 && length <= 64) names.push(block.toString('utf16le', offset, offset + length - 2));
    }
  }
  return names;
}
