/**
 * Bounded memo tables for work that depends only on its input (a word's syllables, a sentence's
 * parse). All of them can be emptied at once, so a benchmark can time a truly cold analysis.
 */
const tables = new Set<Map<unknown, unknown>>();

export function memoTable<K, V>(limit: number): { get(key: K, make: () => V): V } {
  const map = new Map<K, V>();
  tables.add(map as Map<unknown, unknown>);
  return {
    get(key, make) {
      let value = map.get(key);
      if (value === undefined) {
        value = make();
        if (map.size >= limit) map.clear();
        map.set(key, value);
      }
      return value;
    },
  };
}

export function clearMemos(): void {
  for (const t of tables) t.clear();
}
