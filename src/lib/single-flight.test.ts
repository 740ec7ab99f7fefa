import { describe, expect, it } from "vitest";
import { singleFlight } from "./single-flight";

describe("singleFlight", () => {
  it("gives concurrent calls for one key a single run, and other keys their own", async () => {
    const runs: string[] = [];
    const lookUp = singleFlight(
      (host: string) => host,
      async (host: string) => {
        runs.push(host);
        await new Promise((resolve) => setTimeout(resolve, 10));
        return `${host}!`;
      },
    );
    const answers = await Promise.all([
      ...Array.from({ length: 20 }, () => lookUp("lincoln")),
      lookUp("roosevelt"),
    ]);
    expect(runs).toEqual(["lincoln", "roosevelt"]);
    expect(new Set(answers.slice(0, 20))).toEqual(new Set(["lincoln!"]));
    expect(answers[20]).toBe("roosevelt!");
  });

  it("runs again once a run has settled, a failed one included", async () => {
    let calls = 0;
    const flaky = singleFlight(
      () => "k",
      async () => {
        calls++;
        if (calls === 1) throw new Error("database restarting");
        return calls;
      },
    );
    const failed = await Promise.allSettled([flaky(), flaky()]);
    expect(failed.map((r) => r.status)).toEqual(["rejected", "rejected"]);
    expect(await flaky()).toBe(2);
    expect(calls).toBe(2);
  });
});
