/**
 * "Did you mean …?" for anything a person types: commands, flags, indicator ids, unit codes and
 * names. Comparison ignores case and Vietnamese diacritics (`hoa hung` = `Hòa Hưng`, `đ` = `d`),
 * and counts a swap of two neighbouring letters as one edit (`ingets` → `ingest`).
 */

/** Lower case, no diacritics, `đ` → `d`, `_`/`-` kept, runs of spaces collapsed. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/gi, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Optimal-string-alignment (restricted Damerau–Levenshtein) distance between two strings,
 * compared as given (fold them first for a diacritic-insensitive distance).
 */
export function editDistance(a: string, b: string): number {
  const s = [...a];
  const t = [...b];
  const rows = s.length + 1;
  const cols = t.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[rows - 1][cols - 1];
}

/** The largest distance still worth suggesting for a typed text: 1 for short words, about a third of longer ones. */
export function closeEnough(typed: string): number {
  return Math.max(1, Math.min(3, Math.floor([...typed].length / 3)));
}

/**
 * The candidates nearest to `typed` (folded comparison), best first, at most `limit`; empty when
 * none is within `closeEnough(typed)` edits.
 */
export function suggestSimilar(typed: string, candidates: readonly string[], limit = 3): string[] {
  const folded = foldText(typed);
  const max = closeEnough(folded);
  return [...new Set(candidates)]
    .map((candidate) => ({ candidate, distance: editDistance(folded, foldText(candidate)) }))
    .filter((c) => c.distance <= max)
    .sort((a, b) => a.distance - b.distance || (a.candidate < b.candidate ? -1 : 1))
    .slice(0, limit)
    .map((c) => c.candidate);
}

/** The words of a folded text: runs of letters and digits (`so-giao-duc (x)` → so, giao, duc, x). */
function words(folded: string): string[] {
  return folded.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/**
 * "Did you mean …?" among things known by several names (an id, its aliases, its full name): the
 * keys of the entries with a name within `closeEnough` edits of `typed` (folded comparison, as
 * `suggestSimilar`), nearest first, then those whose name holds every word typed (`giáo dục đào
 * tạo` → the entry named "Sở Giáo dục và Đào tạo"; at least one typed word of 3 letters or more, so
 * "sở" alone suggests nothing); at most `limit` keys.
 */
export function suggestNamed(typed: string, entries: ReadonlyArray<{ key: string; names: readonly string[] }>, limit = 3): string[] {
  const folded = foldText(typed);
  const max = closeEnough(folded);
  const typedWords = words(folded);
  const telling = typedWords.some((w) => [...w].length >= 3);
  return entries
    .map(({ key, names }) => {
      const foldedNames = names.map(foldText);
      const distance = Math.min(...foldedNames.map((name) => editDistance(folded, name)));
      if (distance <= max) return { key, rank: distance };
      const held = telling && foldedNames.some((name) => typedWords.every((w) => words(name).includes(w)));
      return { key, rank: held ? max + 1 : Infinity };
    })
    .filter((c) => c.rank !== Infinity)
    .sort((a, b) => a.rank - b.rank || (a.key < b.key ? -1 : 1))
    .slice(0, limit)
    .map((c) => c.key);
}
