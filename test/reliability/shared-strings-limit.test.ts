/**
 * The shared strings table is bounded for every workbook (issue 12, kind 9): by the size its
 * `count`/`uniqueCount` attributes declare, read before anything is parsed, and by the entries it
 * really holds when it declares nothing.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { workbookShapeProblem } from '../../src/workbook/check-limits.js';
import { FORM_WORKBOOK_LIMITS, REGISTER_WORKBOOK_LIMITS } from '../../src/workbook/limits.js';
import { formBytes } from '../forms/helpers/forms.js';

async function withStrings(rewrite: (xml: string) => string): Promise<Uint8Array> {
  const parts = unzipSync(await formBytes());
  parts['xl/sharedStrings.xml'] = strToU8(rewrite(strFromU8(parts['xl/sharedStrings.xml'])));
  return zipSync(parts);
}

describe('shared strings limit', () => {
  it('refuses a table declaring more entries than the limit, by the declaration, for forms and registers alike', async () => {
    const bytes = await withStrings((xml) => xml.replace(/count="\d+" uniqueCount="\d+"/, 'count="3000000" uniqueCount="3000000"'));
    expect(await workbookShapeProblem(bytes, FORM_WORKBOOK_LIMITS)).toEqual({ code: 'workbook-too-many-strings', found: '3000000', expected: '≤ 200000' });
    expect(await workbookShapeProblem(bytes, REGISTER_WORKBOOK_LIMITS)).toEqual({ code: 'workbook-too-many-strings', found: '3000000', expected: '≤ 1500000' });
  });

  it('refuses a table that declares nothing but holds more entries than the limit', async () => {
    const extra = '<si><t>x</t></si>'.repeat(FORM_WORKBOOK_LIMITS.maxSharedStrings + 1);
    const bytes = await withStrings((xml) => xml.replace(/ count="\d+" uniqueCount="\d+"/, '').replace('</sst>', `${extra}</sst>`));
    expect(await workbookShapeProblem(bytes, FORM_WORKBOOK_LIMITS)).toMatchObject({ code: 'workbook-too-many-strings', expected: '≤ 200000' });
  });

  it('accepts the template as it is', async () => {
    expect(await workbookShapeProblem(await formBytes(), FORM_WORKBOOK_LIMITS)).toBeUndefined();
  });
});
