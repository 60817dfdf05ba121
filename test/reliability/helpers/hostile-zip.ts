/**
 * Zip surgery for hostile workbooks: replace one part of a real xlsx, lie about sizes, and build a
 * deflate stream that inflates to hundreds of megabytes from a couple of megabytes — in milliseconds,
 * without ever holding the inflated text.
 */
import { crc32, deflateRawSync } from 'node:zlib';
import { strToU8, unzipSync, zipSync } from 'fflate';

export interface RawEntry {
  name: string;
  /** Already compressed with `method`. */
  data: Uint8Array;
  method: 0 | 8;
  crc: number;
  /** Written in both headers: the truth, or a lie. */
  declaredSize: number;
}

/** A zip written by hand, so that each entry says exactly what we want it to say. */
export function writeZip(entries: readonly RawEntry[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const local = Buffer.alloc(30 + name.length);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(e.method, 8);
    local.writeUInt32LE(e.crc >>> 0, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.declaredSize, 22);
    local.writeUInt16LE(name.length, 26);
    name.copy(local, 30);
    const central = Buffer.alloc(46 + name.length);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(e.method, 10);
    central.writeUInt32LE(e.crc >>> 0, 16);
    central.writeUInt32LE(e.data.length, 20);
    central.writeUInt32LE(e.declaredSize, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    name.copy(central, 46);
    locals.push(local, Buffer.from(e.data));
    centrals.push(central);
    offset += local.length + e.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

export function deflatedEntry(name: string, content: Uint8Array): RawEntry {
  return { name, data: deflateRawSync(content), method: 8, crc: crc32(content), declaredSize: content.length };
}

/** LSB-first bit writer for a raw deflate stream. */
class BitWriter {
  private readonly bytes: number[] = [];
  private current = 0;
  private used = 0;

  bits(value: number, count: number): void {
    for (let i = 0; i < count; i++) {
      this.current |= ((value >>> i) & 1) << this.used;
      if (++this.used === 8) this.flush();
    }
  }

  /** A Huffman code goes most significant bit first. */
  code(value: number, length: number): void {
    for (let i = length - 1; i >= 0; i--) this.bits((value >>> i) & 1, 1);
  }

  private flush(): void {
    this.bytes.push(this.current);
    this.current = 0;
    this.used = 0;
  }

  done(): Uint8Array {
    if (this.used > 0) this.flush();
    return Uint8Array.from(this.bytes);
  }
}

function literal(w: BitWriter, byte: number): void {
  if (byte < 144) w.code(0x30 + byte, 8);
  else w.code(0x190 + byte - 144, 9);
}

const DISTANCE_BASE = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577];

function distance(w: BitWriter, value: number): void {
  let code = DISTANCE_BASE.length - 1;
  while (DISTANCE_BASE[code] > value) code--;
  w.code(code, 5);
  w.bits(value - DISTANCE_BASE[code], code < 4 ? 0 : (code >> 1) - 1);
}

/**
 * `prefix`, then `unit` repeated `times` times, then `suffix`, as one fixed-Huffman deflate block:
 * the unit is written once and every further 258 bytes cost one back-reference (13 to 26 bits), so
 * 400 MB of spaces take about 2.5 MB and a million short rows about 150 kB.
 */
export function deflateRepeated(prefix: string, unit: string, times: number, suffix: string): Uint8Array {
  const w = new BitWriter();
  w.bits(1, 1); // final block
  w.bits(1, 2); // fixed Huffman
  const unitBytes = Buffer.from(unit, 'utf8');
  for (const b of [...Buffer.from(prefix, 'utf8'), ...unitBytes]) literal(w, b);
  let left = (times - 1) * unitBytes.length;
  let position = 0;
  while (left >= 258) {
    w.code(0xc5, 8); // length 258 (code 285)
    distance(w, unitBytes.length);
    left -= 258;
    position += 258;
  }
  for (; left > 0; left--) literal(w, unitBytes[position++ % unitBytes.length]);
  for (const b of Buffer.from(suffix, 'utf8')) literal(w, b);
  w.code(0, 7); // end of block (256)
  return w.done();
}

/** The parts of an xlsx, by name. */
export function xlsxParts(xlsx: Uint8Array): Record<string, Uint8Array> {
  return unzipSync(xlsx);
}

export function partText(xlsx: Uint8Array, name: string): string {
  const part = xlsxParts(xlsx)[name];
  if (!part) throw new Error(`no part ${name}`);
  return new TextDecoder().decode(part);
}

/** The same workbook with one part's text changed by `edit`. */
export function withPart(xlsx: Uint8Array, name: string, edit: (xml: string) => string): Uint8Array {
  const parts = xlsxParts(xlsx);
  return zipSync({ ...parts, [name]: strToU8(edit(partText(xlsx, name))) }, { level: 6 });
}

/**
 * The same workbook with `unit` repeated `times` times inside `name`'s sheetData, written with a
 * hand-made deflate stream that declares `declaredSize` (the truth when omitted).
 */
export function withRepeatedPart(xlsx: Uint8Array, name: string, unit: string, times: number, declaredSize?: number): Uint8Array {
  const parts = xlsxParts(xlsx);
  const xml = partText(xlsx, name);
  const cut = xml.indexOf('</sheetData>');
  const entries = Object.entries(parts)
    .filter(([entryName]) => !entryName.endsWith('/'))
    .map(([entryName, content]) => {
      if (entryName !== name) return deflatedEntry(entryName, content);
      const data = deflateRepeated(xml.slice(0, cut), unit, times, xml.slice(cut));
      const realSize = Buffer.byteLength(xml) + Buffer.byteLength(unit) * times;
      return { name, data, method: 8 as const, crc: 0, declaredSize: declaredSize ?? realSize };
    });
  return writeZip(entries);
}

/** A zip bomb: `name` inflates to more than `realBytes` (spaces in its sheetData) but declares a few kB. */
export function withBombPart(xlsx: Uint8Array, name: string, realBytes: number): Uint8Array {
  return withRepeatedPart(xlsx, name, ' ', realBytes, 20_000);
}

/** Every entry's declared uncompressed size rewritten (the data untouched): a zip that claims to be a bomb. */
export function withDeclaredSizes(xlsx: Uint8Array, size: number): Uint8Array {
  const bytes = Uint8Array.from(xlsx);
  const view = new DataView(bytes.buffer);
  for (let at = 0; at + 46 <= bytes.length; at++) {
    if (view.getUint32(at, true) === 0x02014b50) view.setUint32(at + 24, size, true);
  }
  return bytes;
}
