// Concurrent calls for the same key share one run of the work. For a cache's lookups: when an
// entry expires under load, every request in flight misses at once, and without this each one
// queried the database (twenty at a time on a two-connection pool, which the busy door then
// answered with 503s).
export function singleFlight<A extends unknown[], V>(
  keyOf: (...args: A) => string,
  work: (...args: A) => Promise<V>,
): (...args: A) => Promise<V> {
  const running = new Map<string, Promise<V>>();
  return (...args) => {
    const key = keyOf(...args);
    let run = running.get(key);
    if (!run) {
      run = work(...args).finally(() => running.delete(key));
      running.set(key, run);
    }
    return run;
  };
}
