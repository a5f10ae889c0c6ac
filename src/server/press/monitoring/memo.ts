/**
 * What is worked out from a list, kept per list object: a poll links every
 * clipping against the same lists of meetings and people, so their names and
 * alias indexes are made once per poll, and forgotten with the list.
 */

/**
 * `make(key, …rest)` remembered by `key` (an object, held weakly). The rest
 * is not part of the key: it must be what always comes with that key.
 */
export function memoByList<K extends object, V, Rest extends unknown[] = []>(make: (key: K, ...rest: Rest) => V): (key: K, ...rest: Rest) => V {
  const memo = new WeakMap<K, V>();
  return (key, ...rest) => {
    if (memo.has(key)) return memo.get(key)!;
    const value = make(key, ...rest);
    memo.set(key, value);
    return value;
  };
}
