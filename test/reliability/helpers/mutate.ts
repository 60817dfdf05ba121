/**
 * Seeded mutations of valid submissions for the fuzz test: damage at the byte level (any file), inside
 * the XML of a workbook, and in the text of a CSV register — what broken copies, editors, encodings
 * and mischief do to files.
 */
import iconv from 'iconv-lite';
import { strToU8, unzipSync, zipSync } from 'fflate';
import type { Random } from '../../../scripts/lib/random.js';

export interface Mutation {
  name: string;
  /** The mutated bytes, or undefined when the mutation does not apply to this file. */
  apply(bytes: Uint8Array, rng: Random): Uint8Array | undefined;
}

const HOSTILE_TEXT = ['=HYPERLINK("http://evil.example","x")', "+cmd|' /C calc'!A0", '@SUM(1+1)', '-1+1', '', ' ', '٣', '1e308', '-0', 'NaN', '01/01/1900', '31/12/2100', '29/02/2023', 'x'.repeat(12_000), '𝔘𝔫𝔦𝔠𝔬𝔡𝔢 🧒', 'Nguyễn Văn A'];

const pickIndex = (rng: Random, length: number) => Math.floor(rng.next() * length);

// Byte level: what a bad disk, a cut download or a wrong transfer mode does.
const BYTE_MUTATIONS: Mutation[] = [
  {
    name: 'flip bytes',
    apply: (bytes, rng) => {
      const out = Uint8Array.from(bytes);
      for (let n = rng.int(1, 16); n > 0; n--) out[pickIndex(rng, out.length)] ^= 1 << rng.int(0, 7);
      return out;
    },
  },
  { name: 'truncate', apply: (bytes, rng) => bytes.slice(0, pickIndex(rng, bytes.length)) },
  {
    name: 'insert junk',
    apply: (bytes, rng) => {
      const at = pickIndex(rng, bytes.length);
      const junk = Uint8Array.from({ length: rng.int(1, 64) }, () => rng.int(0, 255));
      return Uint8Array.from([...bytes.subarray(0, at), ...junk, ...bytes.subarray(at)]);
    },
  },
  {
    name: 'duplicate a chunk',
    apply: (bytes, rng) => {
      const from = pickIndex(rng, bytes.length);
      const to = Math.min(bytes.length, from + rng.int(1, 4096));
      return Uint8Array.from([...bytes.subarray(0, to), ...bytes.subarray(from, to), ...bytes.subarray(to)]);
    },
  },
  {
    name: 'zero a range',
    apply: (bytes, rng) => {
      const out = Uint8Array.from(bytes);
      const from = pickIndex(rng, out.length);
      out.fill(0, from, Math.min(out.length, from + rng.int(1, 512)));
      return out;
    },
  },
];

function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b;
}

/**
 * The parts of a (possibly already damaged) workbook, or undefined when it cannot be unzipped or
 * declares more than a few megabytes: fflate would allocate whatever a damaged directory claims.
 */
function unzipSmall(bytes: Uint8Array): Record<string, Uint8Array> | undefined {
  if (!isZip(bytes)) return undefined;
  try {
    let declared = 0;
    unzipSync(bytes, { filter: (entry) => (declared += entry.originalSize) < 0 });
    return declared > 16 * 1024 * 1024 ? undefined : unzipSync(bytes);
  } catch {
    return undefined;
  }
}

/** Applies `edit` to one XML part (chosen among those `pick` accepts) of a workbook. */
function editXml(pick: RegExp, edit: (xml: string, rng: Random) => string): Mutation['apply'] {
  return (bytes, rng) => {
    const parts = unzipSmall(bytes);
    if (!parts) return undefined;
    const names = Object.keys(parts).filter((n) => pick.test(n));
    if (names.length === 0) return undefined;
    const name = names[pickIndex(rng, names.length)];
    return zipSync({ ...parts, [name]: strToU8(edit(new TextDecoder().decode(parts[name]), rng)) });
  };
}

/** Replaces one random match of `pattern` in `text` with `replace(match)`. */
function replaceOne(text: string, pattern: RegExp, rng: Random, replace: (match: string) => string): string {
  const matches = [...text.matchAll(new RegExp(pattern.source, 'g'))];
  if (matches.length === 0) return text;
  const m = matches[pickIndex(rng, matches.length)];
  return text.slice(0, m.index) + replace(m[0]) + text.slice(m.index! + m[0].length);
}

const SHEETS = /^xl\/worksheets\/sheet\d+\.xml$/;
const TEXT_PARTS = /^xl\/(sharedStrings|worksheets\/sheet\d+)\.xml$/;
const xmlEscape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

// Inside a workbook: what editing in Excel, LibreOffice or by hand does.
const XLSX_MUTATIONS: Mutation[] = [
  {
    name: 'swap two cell values',
    apply: editXml(SHEETS, (xml, rng) => {
      const values = [...xml.matchAll(/<v>[^<]*<\/v>/g)];
      if (values.length < 2) return xml;
      const [a, b] = [values[pickIndex(rng, values.length)], values[pickIndex(rng, values.length)]].sort((x, y) => x.index! - y.index!);
      if (a.index === b.index) return xml;
      return xml.slice(0, a.index) + b[0] + xml.slice(a.index! + a[0].length, b.index) + a[0] + xml.slice(b.index! + b[0].length);
    }),
  },
  { name: 'duplicate a row', apply: editXml(SHEETS, (xml, rng) => replaceOne(xml, /<row [^>]*>.*?<\/row>/, rng, (row) => row + row)) },
  { name: 'delete a cell', apply: editXml(SHEETS, (xml, rng) => replaceOne(xml, /<c [^>]*?(\/>|>.*?<\/c>)/, rng, () => '')) },
  { name: 'break a tag', apply: editXml(TEXT_PARTS, (xml, rng) => replaceOne(xml, /<[a-z]+[ >]/, rng, (tag) => tag.slice(0, -1))) },
  {
    name: 'change a number',
    apply: editXml(SHEETS, (xml, rng) => replaceOne(xml, /<v>-?\d+(\.\d+)?<\/v>/, rng, () => `<v>${['-1', '1.5', '1e308', '-0', '99999999999999999999', 'abc', ''][rng.int(0, 6)]}</v>`)),
  },
  { name: 'hostile text', apply: editXml(TEXT_PARTS, (xml, rng) => replaceOne(xml, /<t( [^>]*)?>[^<]*<\/t>/, rng, () => `<t>${xmlEscape(HOSTILE_TEXT[rng.int(0, HOSTILE_TEXT.length - 1)])}</t>`)) },
  { name: 'rename a sheet', apply: editXml(/^xl\/workbook\.xml$/, (xml, rng) => replaceOne(xml, /name="[^"]*"/, rng, () => `name="${['_meta', 'Sheet1', '', 'Lỗi'][rng.int(0, 3)]}"`)) },
  { name: 'move a row far down', apply: editXml(SHEETS, (xml, rng) => replaceOne(xml, /<row r="\d+"/, rng, () => `<row r="${rng.int(1000, 1_048_576)}"`)) },
  { name: 'claim a huge sheet', apply: editXml(SHEETS, (xml) => xml.replace(/<dimension ref="[^"]*"/, '<dimension ref="A1:XFD1048576"')) },
  {
    name: 'remove a part',
    apply: (bytes, rng) => {
      const parts = unzipSmall(bytes);
      if (!parts) return undefined;
      const names = Object.keys(parts);
      delete parts[names[pickIndex(rng, names.length)]];
      return zipSync(parts);
    },
  },
];

/** Applies `edit` to the text of a CSV (UTF-8 only: re-encoded files are left to the byte mutations). */
function editCsv(edit: (lines: string[][], rng: Random) => string[][], separator = ','): Mutation['apply'] {
  return (bytes, rng) => {
    if (isZip(bytes)) return undefined;
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return undefined;
    }
    const rows = text.replace(/\r/g, '').split('\n').filter((l) => l !== '').map((l) => l.split(separator));
    if (rows.length < 2) return undefined;
    return new TextEncoder().encode(`${edit(rows, rng).map((r) => r.join(separator)).join('\n')}\n`);
  };
}

const dataRow = (rows: string[][], rng: Random) => 1 + pickIndex(rng, rows.length - 1);

// In a CSV register: what spreadsheet exports and hand edits do.
const CSV_MUTATIONS: Mutation[] = [
  {
    name: 'swap two fields',
    apply: editCsv((rows, rng) => {
      const row = rows[dataRow(rows, rng)];
      const [a, b] = [pickIndex(rng, row.length), pickIndex(rng, row.length)];
      [row[a], row[b]] = [row[b], row[a]];
      return rows;
    }),
  },
  { name: 'shuffle the header', apply: editCsv((rows, rng) => [rng.sample(rows[0], rows[0].length), ...rows.slice(1)]) },
  { name: 'duplicate a record', apply: editCsv((rows, rng) => { const at = dataRow(rows, rng); return [...rows.slice(0, at + 1), rows[at], ...rows.slice(at + 1)]; }) },
  { name: 'drop a column', apply: editCsv((rows, rng) => { const c = pickIndex(rng, rows[0].length); return rows.map((r) => r.filter((_, i) => i !== c)); }) },
  { name: 'drop a field', apply: editCsv((rows, rng) => { const r = dataRow(rows, rng); rows[r] = rows[r].slice(0, -1); return rows; }) },
  { name: 'stray quote', apply: editCsv((rows, rng) => { const r = rows[dataRow(rows, rng)]; r[pickIndex(rng, r.length)] = `"${r[0]}`; return rows; }) },
  { name: 'hostile value', apply: editCsv((rows, rng) => { const r = rows[dataRow(rows, rng)]; r[pickIndex(rng, r.length)] = HOSTILE_TEXT[rng.int(0, HOSTILE_TEXT.length - 1)].replace(/[",\n]/g, ''); return rows; }) },
  { name: 'semicolons', apply: editCsv((rows) => rows.map((r) => [r.join(';')])) },
  {
    name: 're-encode',
    apply: (bytes, rng) => {
      if (isZip(bytes)) return undefined;
      const text = new TextDecoder().decode(bytes);
      const encoding = ['utf16le', 'utf16be', 'windows1258', 'utf8-bom', 'latin1'][rng.int(0, 4)];
      if (encoding === 'utf8-bom') return Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes]);
      const bom = encoding.startsWith('utf16') && rng.chance(0.5) ? '\uFEFF' : '';
      return new Uint8Array(iconv.encode(bom + text, encoding));
    },
  },
];

/** A mutant: 1 to 3 mutations that apply to the file, stacked; the names say what was done. */
export function mutate(bytes: Uint8Array, rng: Random): { bytes: Uint8Array; names: string[] } {
  const all = [...BYTE_MUTATIONS, ...XLSX_MUTATIONS, ...CSV_MUTATIONS];
  let current = bytes;
  const names: string[] = [];
  for (let wanted = rng.int(1, 3), tries = 0; names.length < wanted && tries < 20; tries++) {
    const mutation = all[pickIndex(rng, all.length)];
    const next = mutation.apply(current, rng);
    if (next === undefined) continue;
    current = next;
    names.push(mutation.name);
  }
  return { bytes: current, names };
}
