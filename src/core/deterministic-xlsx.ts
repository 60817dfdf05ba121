import { unzipSync, zipSync, type Zippable } from 'fflate';

/** 1980-01-01, the earliest time a zip entry can carry: no clock leaks into the file. */
const FIXED_MTIME = new Date(Date.UTC(1980, 0, 1, 0, 0, 0));
/**
 * The same moment in the host's local time: fflate writes DOS times from local date parts, so a UTC
 * instant would give different bytes per host zone (and throw west of Greenwich, before 1980).
 */
const ZIP_MTIME = new Date(1980, 0, 1, 0, 0, 0);

/** Entries of an OOXML package that carry the moment of writing. */
const DOCUMENT_DATES = /<dcterms:(created|modified) xsi:type="dcterms:W3CDTF">[^<]*<\/dcterms:\1>/g;

/** exceljs names Microsoft Excel as the program that wrote the file; tk13 names itself. */
const APPLICATION = /<Application>[^<]*<\/Application>/;

/**
 * Re-zips an xlsx so that the same content always gives the same bytes: entries sorted with
 * `[Content_Types].xml` first, one fixed mtime, fixed compression, and document dates pinned to
 * `documentDate` (exceljs stamps the wall clock into zip entries and docProps/core.xml). The
 * application in docProps/app.xml is `tk13`, so a copy saved by another program can be told apart.
 * `addParts` may add or change parts first (charts, which exceljs cannot write).
 */
export function deterministicXlsx(xlsx: Uint8Array, documentDate: Date = FIXED_MTIME, addParts?: (entries: Record<string, Uint8Array>) => void): Uint8Array {
  const entries = unzipSync(xlsx);
  addParts?.(entries);
  const stamp = documentDate.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const names = Object.keys(entries).sort((a, b) => {
    if (a === '[Content_Types].xml') return -1;
    if (b === '[Content_Types].xml') return 1;
    return a < b ? -1 : a > b ? 1 : 0;
  });
  const zippable: Zippable = {};
  for (const name of names) {
    let data = entries[name];
    if (name === 'docProps/core.xml') {
      const text = new TextDecoder().decode(data).replace(DOCUMENT_DATES, (_m, tag: string) => `<dcterms:${tag} xsi:type="dcterms:W3CDTF">${stamp}</dcterms:${tag}>`);
      data = new TextEncoder().encode(text);
    }
    if (name === 'docProps/app.xml') data = new TextEncoder().encode(new TextDecoder().decode(data).replace(APPLICATION, '<Application>tk13</Application>'));
    zippable[name] = [data, { mtime: ZIP_MTIME, level: 6 }];
  }
  return zipSync(zippable);
}
