/** Orders A1 addresses by row, then column. */
export function compareAddresses(a: string, b: string): number {
  const split = (address: string) => {
    const [, letters, digits] = /^([A-Z]+)(\d+)$/.exec(address) ?? ['', address, '0'];
    return { row: Number(digits), column: [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) };
  };
  const x = split(a);
  const y = split(b);
  return x.row - y.row || x.column - y.column || a.localeCompare(b);
}
