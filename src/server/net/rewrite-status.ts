// Changes the status Next.js is about to send, at the moment it sends it (Next.js pages and
// actions cannot choose some statuses themselves). `decide` sees the status and returns the one to send.
import type { ServerResponse } from "node:http";

export function rewriteStatus(res: ServerResponse, decide: (status: number) => number): void {
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
  res.writeHead = ((status: number, ...rest: unknown[]) =>
    writeHead(decide(status), ...rest)) as typeof res.writeHead;
}
