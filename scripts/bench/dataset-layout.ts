/** Where each file of the benchmark dataset lives, relative to the dataset folder. */
export const FORMS_DIR = 'forms';
export const REGISTERS_DIR = 'registers';
export const SECTOR_FORMS_DIR = 'sector-forms';
export const MANIFEST = 'manifest.csv';
/** Written last: its presence says the folder is complete, its content what it holds. */
export const DESCRIPTION = 'dataset.json';

export function formPath(provinceCode: string, communeCode: string, period: string): string {
  return `${FORMS_DIR}/${provinceCode}/${communeCode}_${period}_form.xlsx`;
}

export function registerPath(provinceCode: string, districtCode: string, period: string, kind: 'abuse-cases' | 'sanctions'): string {
  return `${REGISTERS_DIR}/${provinceCode}/${districtCode}_${period}_${kind}.csv`;
}

/** A province department's sector form (issue 15), named as `tk13 template --sector` names it. */
export function sectorFormPath(provinceCode: string, sectorId: string, period: string): string {
  return `${SECTOR_FORMS_DIR}/${provinceCode}_${period}_sector-${sectorId}.xlsx`;
}
