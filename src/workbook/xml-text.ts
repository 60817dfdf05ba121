import { createRequire } from 'node:module';

/**
 * The XML of an xlsx read with regular expressions: text and attributes as an XML parser hands them
 * over, shared strings and date styles as exceljs makes them — or `undefined` ("not plain") as soon
 * as something appears that these do not mirror exactly (rich text, namespace prefixes, CDATA,
 * unknown entities …): the caller then lets exceljs read the file.
 */

/** exceljs's table of built-in number formats (plain data). */
const builtInFormats = createRequire(import.meta.url)('exceljs/lib/xlsx/defaultnumformats.js') as Record<string, { f?: string }>;

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Text content as an XML parser hands it over: entities resolved, line ends normalised to \n. */
export function xmlText(raw: string): string | undefined {
  if (!/[<&\r]/.test(raw)) return raw;
  if (raw.includes('<')) return undefined;
  let unknown = false;
  const text = raw.replace(/\r\n?/g, '\n').replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, entity: string) => {
    if (entity.startsWith('#x')) return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith('#')) return String.fromCodePoint(Number(entity.slice(1)));
    if (entity in NAMED_ENTITIES) return NAMED_ENTITIES[entity];
    unknown = true;
    return whole;
  });
  return unknown || /&(?![#a-zA-Z])/.test(raw) ? undefined : text;
}

/** Attributes of one start tag (double-quoted values only; anything else is not plain). */
export function attributes(tag: string): Map<string, string> | undefined {
  if (/=\s*'/.test(tag)) return undefined;
  const found = new Map<string, string>();
  for (const [, name, value] of tag.matchAll(/([\w:.-]+)\s*=\s*"([^"]*)"/g)) {
    const text = xmlText(value);
    if (text === undefined || /[\t\n]/.test(text)) return undefined;
    found.set(name, text);
  }
  return found;
}

/**
 * A part whose root element carries a namespace prefix (`<x:worksheet>`, as some tools write), or
 * that holds CDATA sections or a DOCTYPE: exceljs's XML parser copes, these regular expressions
 * would not.
 */
export function looksUnusual(xml: string): boolean {
  const root = /^(?:<\?xml[^>]*\?>)?\s*<([\w.:-]+)/.exec(xml)?.[1];
  return root === undefined || root.includes(':') || xml.includes('<![CDATA[') || xml.includes('<!DOCTYPE');
}

/** Shared strings, as exceljs's TextXform makes them (including its `_xHHHH_` escapes); undefined when one is rich text. */
export function sharedStrings(xml: string): string[] | undefined {
  if (looksUnusual(xml)) return undefined;
  const strings: string[] = [];
  for (const [, body] of xml.matchAll(/<si>([\s\S]*?)<\/si>/g)) {
    const single = /^<t(?:\s[^>]*)?>([^<]*)<\/t>$|^<t(?:\s[^>]*)?\/>$/.exec(body);
    if (!single) return undefined;
    const text = xmlText(single[1] ?? '');
    if (text === undefined) return undefined;
    strings.push(text.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))));
  }
  return (xml.match(/<si\b/g) ?? []).length === strings.length ? strings : undefined;
}

/** exceljs's test for a date format (utils.isDateFmt). */
function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  return /[ymdhMsb]+/.test(format.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

/** For each cell style index: does exceljs turn numbers in that style into dates? */
export function dateStyles(xml: string | undefined): boolean[] | undefined {
  if (xml === undefined) return [];
  if (looksUnusual(xml)) return undefined;
  const custom = new Map<number, string>();
  for (const [tag] of xml.matchAll(/<numFmt\s[^>]*>/g)) {
    const attrs = attributes(tag);
    if (!attrs) return undefined;
    custom.set(Number(attrs.get('numFmtId')), attrs.get('formatCode') ?? '');
  }
  const cellXfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml)?.[1] ?? '';
  const dates: boolean[] = [];
  for (const [tag] of cellXfs.matchAll(/<xf\b[^>]*>/g)) {
    const id = parseInt(attributes(tag)?.get('numFmtId') ?? '0', 10);
    dates.push(id ? isDateFormat(custom.get(id) ?? builtInFormats[id]?.f) : false);
  }
  return dates;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}
