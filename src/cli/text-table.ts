/** Plain-text columns for terminal output; widths count characters, not UTF-16 units, so Vietnamese names line up. */
export function textTable(header: string[], rows: string[][]): string[] {
  const width = (s: string) => [...s.normalize('NFC')].length;
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i]))));
  const line = (cells: string[]) => cells.map((c, i) => c + ' '.repeat(widths[i] - width(c))).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)];
}
