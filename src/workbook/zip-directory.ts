import { createInflateRaw, inflateRawSync } from 'node:zlib';

/** One file inside a zip, as its central directory describes it. */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated; anything else is refused. */
  method: number;
  compressedSize: number;
  /** What the directory claims; a zip bomb lies here, so inflating counts the real bytes. */
  declaredSize: number;
  /** Offset of the entry's local header. */
  headerOffset: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const MAX_COMMENT = 65_535;

/**
 * The entries listed in a zip's central directory, or undefined when there is no readable directory
 * (a truncated or damaged file). Nothing is inflated.
 */
export function zipEntries(bytes: Uint8Array): ZipEntry[] | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let end = bytes.length - 22; end >= Math.max(0, bytes.length - 22 - MAX_COMMENT); end--) {
    if (view.getUint32(end, true) !== END_OF_DIRECTORY) continue;
    const count = view.getUint16(end + 10, true);
    let offset = view.getUint32(end + 16, true);
    const entries: ZipEntry[] = [];
    for (let n = 0; n < count; n++) {
      if (offset + 46 > bytes.length || view.getUint32(offset, true) !== DIRECTORY_ENTRY) return undefined;
      const nameLength = view.getUint16(offset + 28, true);
      if (offset + 46 + nameLength > bytes.length) return undefined;
      entries.push({
        name: new TextDecoder().decode(bytes.subarray(offset + 46, offset + 46 + nameLength)),
        method: view.getUint16(offset + 10, true),
        compressedSize: view.getUint32(offset + 20, true),
        declaredSize: view.getUint32(offset + 24, true),
        headerOffset: view.getUint32(offset + 42, true),
      });
      offset += 46 + nameLength + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
    }
    return entries;
  }
  return undefined;
}

/** The entry's compressed bytes, found through its local header; undefined when they lie outside the file. */
function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.headerOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL_HEADER) return undefined;
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (start + entry.compressedSize > bytes.length) return undefined;
  return bytes.subarray(start, start + entry.compressedSize);
}

export type InflateOutcome = 'done' | 'stopped' | 'corrupt';

const CHUNK = 64 * 1024;

/**
 * Parts already inflated, per file: recognising a form, measuring it and reading it each look at
 * the same few parts of the same bytes, and inflating them once is enough.
 */
const inflated = new WeakMap<Uint8Array, Map<number, Buffer | null>>();

/**
 * The entry inflated whole when it is stored or inflates cleanly to at most `CHUNK` bytes (as every
 * part of a form does), else undefined. Remembered for these bytes.
 */
export function smallEntryBytes(bytes: Uint8Array, entry: ZipEntry): Buffer | undefined {
  const parts = inflated.get(bytes) ?? new Map<number, Buffer | null>();
  inflated.set(bytes, parts);
  if (!parts.has(entry.headerOffset)) {
    const data = entryData(bytes, entry);
    let part: Buffer | null = null;
    if (data && entry.method === 0 && data.byteLength <= CHUNK) part = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    else if (data && entry.method === 8) {
      try {
        part = inflateRawSync(data, { maxOutputLength: CHUNK });
      } catch {
        part = null;
      }
    }
    parts.set(entry.headerOffset, part);
  }
  return parts.get(entry.headerOffset) ?? undefined;
}

/**
 * Inflates one entry chunk by chunk, never holding more than a chunk: `onChunk` sees the real bytes
 * (whatever the directory declares) and returns false to stop early.
 */
export function inflateEntry(bytes: Uint8Array, entry: ZipEntry, onChunk: (chunk: Buffer) => boolean): Promise<InflateOutcome> {
  const data = entryData(bytes, entry);
  if (!data || (entry.method !== 0 && entry.method !== 8)) return Promise.resolve('corrupt');
  if (entry.method === 0) return Promise.resolve(onChunk(Buffer.from(data.buffer, data.byteOffset, data.byteLength)) ? 'done' : 'stopped');
  // The parts of an ordinary workbook inflate in one synchronous call, ten times cheaper than a
  // stream; anything bigger than a chunk, or damaged, goes through the stream as before.
  const whole = entry.method === 8 ? smallEntryBytes(bytes, entry) : undefined;
  if (whole) return Promise.resolve(onChunk(whole) ? 'done' : 'stopped');
  return new Promise((resolve) => {
    const inflater = createInflateRaw({ chunkSize: CHUNK });
    let settled = false;
    const settle = (outcome: InflateOutcome) => {
      if (settled) return;
      settled = true;
      resolve(outcome);
    };
    inflater.on('data', (chunk: Buffer) => {
      if (settled || onChunk(chunk)) return;
      settle('stopped');
      inflater.destroy();
    });
    inflater.on('end', () => settle('done'));
    inflater.on('error', () => settle('corrupt'));
    inflater.on('close', () => settle('corrupt'));
    inflater.end(data);
  });
}

/** A small entry inflated whole, or undefined when it is damaged or longer than `maxBytes`. */
export async function inflateSmallEntry(bytes: Uint8Array, entry: ZipEntry, maxBytes: number): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let total = 0;
  const outcome = await inflateEntry(bytes, entry, (chunk) => {
    total += chunk.length;
    chunks.push(chunk);
    return total <= maxBytes;
  });
  return outcome === 'done' ? Buffer.concat(chunks) : undefined;
}
