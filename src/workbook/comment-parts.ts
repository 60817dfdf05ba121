import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { zipEntries } from './zip-directory.js';

/**
 * exceljs finds a sheet's comments only where it writes them itself: `xl/commentsN.xml` and
 * `xl/drawings/vmlDrawingN.vml`, named by relationship targets `../commentsN.xml` and
 * `../drawings/vmlDrawingN.vml`. Other programs put them elsewhere — openpyxl writes
 * `/xl/comments/comment1.xml` and `/xl/drawings/commentsDrawing1.vml` (absolute targets) — and exceljs
 * then fails with "Cannot read properties of undefined (reading 'comments')" (issue 12, kind 10).
 *
 * `withExcelJSCommentParts` moves such parts to the names exceljs expects and rewrites the targets,
 * changing nothing else; a package already laid out that way comes back as the same bytes.
 */

const COMMENTS_TYPE = '/relationships/comments"';
const VML_TYPE = '/relationships/vmlDrawing"';
const SHEET_RELS = /^xl\/worksheets\/_rels\/[^/]+\.xml\.rels$/;

/** A relationship target resolved against the sheet part's folder (`xl/worksheets/`). */
function resolveTarget(target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = ['xl', 'worksheets'];
  for (const piece of target.split('/')) {
    if (piece === '..') parts.pop();
    else if (piece !== '.' && piece !== '') parts.push(piece);
  }
  return parts.join('/');
}

/** Does any sheet point at comments or VML drawings placed where exceljs does not look? */
function needsMoving(parts: Record<string, Uint8Array>): boolean {
  for (const [name, data] of Object.entries(parts)) {
    if (!SHEET_RELS.test(name)) continue;
    for (const [tag] of strFromU8(data).matchAll(/<Relationship\s[^>]*>/g)) {
      const target = /\sTarget="([^"]*)"/.exec(tag)?.[1] ?? '';
      if (tag.includes(COMMENTS_TYPE) && !/^\.\.\/comments\d+\.xml$/.test(target)) return true;
      if (tag.includes(VML_TYPE) && !/^\.\.\/drawings\/vmlDrawing\d+\.vml$/.test(target)) return true;
    }
  }
  return false;
}

export function withExcelJSCommentParts(bytes: Uint8Array): Uint8Array {
  // Only a package with comment or VML parts (names from the zip directory, nothing inflated) is looked into.
  if (!zipEntries(bytes)?.some((e) => /comment|\.vml$/i.test(e.name))) return bytes;
  let parts: Record<string, Uint8Array>;
  try {
    parts = unzipSync(bytes);
  } catch {
    return bytes;
  }
  if (!needsMoving(parts)) return bytes;
  const taken = new Set(Object.keys(parts));
  const freeName = (make: (n: number) => string) => {
    let n = 1;
    while (taken.has(make(n))) n++;
    taken.add(make(n));
    return make(n);
  };
  const moved = new Map<string, string>();
  for (const name of Object.keys(parts).filter((n) => SHEET_RELS.test(n))) {
    const xml = strFromU8(parts[name]).replace(/<Relationship\s[^>]*>/g, (tag) => {
      const target = /\sTarget="([^"]*)"/.exec(tag)?.[1];
      const isComments = tag.includes(COMMENTS_TYPE) && target && !/^\.\.\/comments\d+\.xml$/.test(target);
      const isVml = tag.includes(VML_TYPE) && target && !/^\.\.\/drawings\/vmlDrawing\d+\.vml$/.test(target);
      if (!target || (!isComments && !isVml)) return tag;
      const from = resolveTarget(target);
      if (!parts[from]) return tag;
      const to = moved.get(from) ?? freeName((n) => (isComments ? `xl/comments${n}.xml` : `xl/drawings/vmlDrawing${n}.vml`));
      moved.set(from, to);
      return tag.replace(/\sTarget="[^"]*"/, ` Target="../${to.slice('xl/'.length)}"`);
    });
    parts[name] = strToU8(xml);
  }
  for (const [from, to] of moved) {
    parts[to] = parts[from];
    delete parts[from];
  }
  return zipSync(parts, { level: 1 });
}
