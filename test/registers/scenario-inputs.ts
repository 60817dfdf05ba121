import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { registerTemplateBytes } from '../../src/templates/register-template.js';
import type { RegisterKind } from '../../src/submissions/types.js';
import { context, filledTemplate, type XlsxRecipe } from './helpers.js';

export const SCENARIOS_DIR = resolve(import.meta.dirname, '../../fixtures/submissions/registers');

/**
 * How a scenario's input is made when it cannot sit in the folder as a small text file: xlsx
 * workbooks are filled from the real template, huge or broken files are generated.
 */
type Recipe =
  | ({ type: 'xlsx'; file: string } & XlsxRecipe)
  | { type: 'csv-repeat'; file: string; header: string; line: string; count: number }
  | { type: 'xlsx-sheet'; file: string; rows: number; cellsPerRow: number }
  | { type: 'truncated-template'; file: string; kind: RegisterKind; keepBytes: number }
  | { type: 'declared-size'; file: string; kind: RegisterKind; declaredBytes: number }
  | { type: 'doctype-template'; file: string; kind: RegisterKind }
  | ({ type: 'whole-column-dropdowns'; file: string } & XlsxRecipe)
  | { type: 'zeros'; file: string; bytes: number };

/** A one-sheet workbook holding rows × cells of tiny numbers, built by hand (exceljs would take minutes). */
function bareWorkbook(rows: number, cellsPerRow: number): Uint8Array {
  const cells = Array.from({ length: cellsPerRow }, () => '<c><v>1</v></c>').join('');
  const sheet = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${`<row>${cells}</row>`.repeat(rows)}</sheetData></worksheet>`;
  return zipSync(
    {
      '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
      'xl/workbook.xml': strToU8('<?xml version="1.0"?><workbook/>'),
      'xl/worksheets/sheet1.xml': strToU8(sheet),
    },
    { level: 1 },
  );
}

/** Rewrites the uncompressed size of every central-directory entry: what a zip bomb declares. */
function withDeclaredSize(zip: Uint8Array, size: number): Uint8Array {
  const bytes = Uint8Array.from(zip);
  const view = new DataView(bytes.buffer);
  for (let at = 0; at + 46 <= bytes.length; at++) {
    if (view.getUint32(at, true) === 0x02014b50) view.setUint32(at + 24, size, true);
  }
  return bytes;
}

/** Stretches every dropdown to the whole column, as Excel does when a person selects the column. */
export function withWholeColumnDropdowns(xlsx: Uint8Array): Uint8Array {
  const parts = unzipSync(xlsx);
  const sheet = new TextDecoder().decode(parts['xl/worksheets/sheet1.xml']).replace(/sqref="([A-Z]+)2:\1\d+"/g, 'sqref="$12:$11048576"');
  return zipSync({ ...parts, 'xl/worksheets/sheet1.xml': strToU8(sheet) });
}

async function build(recipe: Recipe): Promise<Uint8Array> {
  switch (recipe.type) {
    case 'xlsx':
      return filledTemplate(recipe);
    case 'csv-repeat':
      return new TextEncoder().encode(`${recipe.header}\n${`${recipe.line}\n`.repeat(recipe.count)}`);
    case 'xlsx-sheet':
      return bareWorkbook(recipe.rows, recipe.cellsPerRow);
    case 'truncated-template':
      return (await registerTemplateBytes(recipe.kind, 'xlsx')).slice(0, recipe.keepBytes);
    case 'declared-size':
      return withDeclaredSize(await registerTemplateBytes(recipe.kind, 'xlsx'), recipe.declaredBytes);
    case 'doctype-template': {
      const parts = unzipSync(await registerTemplateBytes(recipe.kind, 'xlsx'));
      const sheet = new TextDecoder().decode(parts['xl/worksheets/sheet1.xml']);
      const entities = '<!DOCTYPE bomb [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>';
      const hostile = sheet.replace(/^(<\?xml[^>]*\?>)/, `$1${entities}`).replace('<sheetData>', '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&b;</t></is></c></row>');
      return zipSync({ ...parts, 'xl/worksheets/sheet1.xml': strToU8(hostile) });
    }
    case 'zeros':
      return new Uint8Array(recipe.bytes);
    case 'whole-column-dropdowns':
      return withWholeColumnDropdowns(await filledTemplate(recipe));
  }
}

export interface ScenarioInput {
  name: string;
  file: string;
  bytes: Uint8Array;
  context: ReturnType<typeof context>;
  expected: { rows?: number; problems: unknown[]; values?: Record<string, unknown[]> };
}

export function scenarioNames(): string[] {
  return readdirSync(SCENARIOS_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

export function expectedOf(name: string): ScenarioInput['expected'] {
  return JSON.parse(readFileSync(join(SCENARIOS_DIR, name, 'expected.json'), 'utf8'));
}

export async function scenarioInput(name: string): Promise<Omit<ScenarioInput, 'expected'>> {
  const dir = join(SCENARIOS_DIR, name);
  const contextPath = join(dir, 'context.json');
  const given = existsSync(contextPath) ? JSON.parse(readFileSync(contextPath, 'utf8')) : {};
  const ctx = context({ ...given, ...(given.receivedAt ? { receivedAt: new Date(given.receivedAt) } : {}) });
  const recipePath = join(dir, 'recipe.json');
  if (existsSync(recipePath)) {
    const recipe = JSON.parse(readFileSync(recipePath, 'utf8')) as Recipe;
    return { name, file: recipe.file, bytes: await build(recipe), context: ctx };
  }
  const [file] = readdirSync(dir).filter((f) => !['expected.json', 'context.json'].includes(f));
  return { name, file, bytes: readFileSync(join(dir, file)), context: ctx };
}
