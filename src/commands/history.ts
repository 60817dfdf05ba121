import type { CommandContext } from '../cli/context.js';
import { printable } from '../core/printable.js';
import { t } from '../cli/output.js';
import { formatNumber } from '../cli/number-format.js';
import { EXIT_OK } from '../core/errors.js';
import type { Lang } from '../i18n/messages.js';
import { disaggregationLabel } from '../indicators/dimensions.js';
// Registers how form inputs are named (i18n imports no area).
import '../forms/item-label.js';
import { describeItem } from '../i18n/item-labels.js';
import { parsePeriod } from '../periods/period.js';
import { formatVietnamDateTime } from '../periods/vietnam-time.js';
import { departmentName, kindWithDepartment } from '../reports/report-wording.js';
import { type HistoryVersion, unitHistory } from '../reports/unit-history.js';
import type { FormChange, SectorChange } from '../reports/version-diff.js';
import { sectorItemLabel, sectorItemRef } from '../sector-forms/item-label.js';
import { withStore } from '../store/database.js';
import { listForPeriod } from '../periods/period-list.js';
import { requireUnit } from '../units/find-unit.js';
import { hierarchyFor } from '../units/hierarchy.js';
import type { ListId } from '../units/unit-lists.js';

interface HistoryFlags {
  unit: string;
  period: string;
}

function blank(value: number | null, lang: Lang): string {
  return value === null ? t(lang, '(trống)', '(blank)') : formatNumber(value, lang);
}

/** One changed input, named as the clerk sees it on the form: `"…" (mã số 02) · ô F14: 265 → 302`. */
function changeLine(change: FormChange, lang: Lang): string {
  const ref = change.disaggregation === 'total' ? change.item : `${change.item}[${change.disaggregation}]`;
  const label = describeItem(ref, lang);
  const named = label === ref ? `${change.item} · ${disaggregationLabel(change.disaggregation, lang)}` : label;
  return `    ${named} · ${t(lang, 'ô', 'cell')} ${change.cell}: ${blank(change.old, lang)} → ${blank(change.new, lang)}`;
}

/** One changed sector form input, by item and area: `"…" (mã số 01) · Phường Vĩnh Thanh (30733) · ô E9: 5 → 6`. */
function sectorChangeLine(change: SectorChange, list: ListId, lang: Lang): string {
  const area = change.areaLevel === 'province'
    ? t(lang, 'Toàn tỉnh', 'Whole province')
    : `${hierarchyFor(list).unit(change.areaCode)?.name ?? change.areaCode} (${change.areaCode})`;
  const cell = change.cell ? ` · ${t(lang, 'ô', 'cell')} ${change.cell}` : '';
  const item = sectorItemLabel(sectorItemRef(change.item, change.areaCode), lang) ?? change.item;
  return `    ${item} · ${area}${cell}: ${blank(change.old, lang)} → ${blank(change.new, lang)}`;
}

function changeCount(count: number, lang: Lang): string {
  return count === 0
    ? t(lang, '    Không có ô nào thay đổi so với phiên bản trước.', '    No cell changed since the previous version.')
    : t(lang, `    ${count} ô thay đổi so với phiên bản trước:`, `    ${count} cell(s) changed since the previous version:`);
}

function versionLines(v: HistoryVersion, list: ListId, lang: Lang): string[] {
  const when = `${formatVietnamDateTime(new Date(v.receivedAt))} (UTC+7)`;
  const rows = t(lang, `${v.rowCount} dòng`, `${v.rowCount} rows`);
  const lines = [`  ${t(lang, 'Phiên bản', 'Version')} ${v.version} · ${when} · ${printable(v.fileName)} · ${rows}`, `    SHA-256 ${v.sha256}`];
  if (v.formChanges) {
    lines.push(changeCount(v.formChanges.length, lang));
    lines.push(...v.formChanges.map((c) => changeLine(c, lang)));
  }
  if (v.sectorChanges) {
    lines.push(changeCount(v.sectorChanges.length, lang));
    lines.push(...v.sectorChanges.map((c) => sectorChangeLine(c, list, lang)));
  }
  if (v.registerChanges) {
    const { added, removed, changed } = v.registerChanges;
    lines.push(t(lang, `    So với phiên bản trước: thêm ${added} dòng, bớt ${removed} dòng, sửa ${changed} dòng.`, `    Since the previous version: ${added} rows added, ${removed} removed, ${changed} changed.`));
  }
  return lines;
}

/** `tk13 history --unit CODE --period P`: every version received, with what changed between consecutive ones. */
export async function historyCommand(ctx: CommandContext, flags: HistoryFlags): Promise<number> {
  const { lang, out } = ctx;
  const period = parsePeriod(flags.period);
  const list = listForPeriod(period);
  // A province has a history too: its departments' sector forms (and the registers it sent itself).
  if (hierarchyFor(list).unit(flags.unit.trim())?.level !== 'province') requireUnit(list, flags.unit, period.id, 'unit');
  const history = await withStore(ctx.db, { readOnly: true }, (store) => unitHistory(store.connection, flags.unit, period));
  if (ctx.json) {
    out.document({
      ...history,
      versions: history.versions.map((v) => ({
        ...v,
        ...(v.formChanges ? { formChanges: v.formChanges.map((c) => ({ ...c, label: disaggregationLabel(c.disaggregation, lang) })) } : {}),
        ...(departmentName(v.kind) ? { department: departmentName(v.kind) } : {}),
      })),
    });
    return EXIT_OK;
  }
  out.line(`${history.unitName} (${history.unitCode}), ${t(lang, 'kỳ', 'period')} ${history.period}`);
  if (history.versions.length === 0) out.line(t(lang, 'Chưa nhận được phiên bản nào.', 'No version received.'));
  let kind = '';
  for (const v of history.versions) {
    if (v.kind !== kind) {
      kind = v.kind;
      out.line(`${kindWithDepartment(kind, lang)}:`);
    }
    for (const line of versionLines(v, list, lang)) out.line(line);
  }
  return EXIT_OK;
}
