import { unzipSync } from 'fflate';

/** Every XML part of an xlsx, decoded, by part name. */
export function xmlParts(xlsx: Uint8Array): Record<string, string> {
  const parts: Record<string, string> = {};
  for (const [name, data] of Object.entries(unzipSync(xlsx))) {
    if (/\.(xml|rels)$/.test(name)) parts[name] = new TextDecoder().decode(data);
  }
  return parts;
}

/** The `<f>` (formula) elements of every worksheet, with the sheet part they sit in. */
export function formulas(xlsx: Uint8Array): string[] {
  return Object.entries(xmlParts(xlsx))
    .filter(([name]) => name.startsWith('xl/worksheets/'))
    .flatMap(([name, xml]) => [...xml.matchAll(/<f[ >][^<]*(?:<\/f>)?/g)].map((m) => `${name}: ${m[0]}`));
}

/** All the text of a workbook as a person would read it: XML entities decoded, tags removed. */
export function workbookText(xlsx: Uint8Array): string {
  const entities: Record<string, string> = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' };
  return Object.values(xmlParts(xlsx))
    .join('\n')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(lt|gt|quot|apos|amp);/g, (_, e: string) => entities[e]);
}
