// How the in-process benches time a step: ten warm-up runs, then `runs` timed ones; prints the
// step's median and 95th percentile in milliseconds on one line. `prepare` runs before each run,
// untimed (putting back what the step changed).
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;

export async function timeStep(
  name: string,
  runs: number,
  run: () => Promise<unknown>,
  prepare: () => Promise<unknown> = async () => {},
) {
  for (let i = 0; i < Math.min(10, runs); i++) {
    await prepare();
    await run();
  }
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    await prepare();
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  times.sort((x, y) => x - y);
  console.log(
    name.padEnd(46),
    percentile(times, 0.5).toFixed(2).padStart(10),
    percentile(times, 0.95).toFixed(2).padStart(10),
  );
}
