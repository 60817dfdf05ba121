import { hierarchyFor } from '../units/hierarchy.js';
import type { ListId } from '../units/unit-lists.js';
import type { SectorFormSpec } from './spec.js';

/**
 * What the sector form writer puts on the sheet and the reader looks for again (issue 15): the
 * columns of the original layout, the captions, and the areas a form has columns for. Shared so the
 * two cannot drift apart. The reader finds rows by "Mã số" and area columns by the row of area codes,
 * so these positions only say where the writer put things.
 */
export const SECTOR_COLUMNS = { stt: 1, label: 2, code: 3, unit: 4, firstArea: 5 } as const;

export const SECTOR_CAPTIONS = {
  content: 'Nội dung',
  unitOfMeasure: 'Đơn vị tính',
  province: 'Toàn tỉnh',
  areaCodes: 'Mã đơn vị hành chính',
  /** Above the communes of a list without districts (from 1 July 2025). */
  communes: 'Chia theo xã, phường, đặc khu',
  provinceLabel: 'Tỉnh, thành phố:',
} as const;

/** One column of a sector form: the whole province, or one commune of the form's list. */
export interface SectorArea {
  code: string;
  level: 'province' | 'commune';
  name: string;
  /** The district the commune belongs to (2024 list), printed above its communes. */
  district?: string;
}

/** "Biểu số 02" from "Biểu số 02/TK13": a sheet name cannot hold "/". */
export function sectorSheetName(spec: SectorFormSpec): string {
  return spec.form_number.split('/')[0].trim();
}

/**
 * The columns of a province's sector form in `list`: the province, then — when the form has an
 * item reported by commune — every commune of the province in list order (by district on the 2024
 * list, each district's communes in code order).
 */
export function sectorFormAreas(list: ListId, provinceCode: string, withCommunes: boolean): SectorArea[] {
  const hierarchy = hierarchyFor(list);
  const province = hierarchy.unit(provinceCode);
  if (!province) return [];
  const areas: SectorArea[] = [{ code: province.code, level: 'province', name: province.name }];
  if (!withCommunes) return areas;
  const districts = hierarchy.districts(provinceCode);
  if (districts.length === 0) {
    for (const commune of hierarchy.communesUnder(provinceCode)) areas.push({ code: commune.code, level: 'commune', name: commune.name });
  }
  for (const district of districts) {
    for (const commune of hierarchy.communesUnder(district.code)) areas.push({ code: commune.code, level: 'commune', name: commune.name, district: district.name });
  }
  return areas;
}
