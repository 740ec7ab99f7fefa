// The production HTTP server (npm start runs it instead of `next start`): Next.js's own request
// handler behind one step that decides the forwarded headers from the socket and TRUSTED_PROXIES
// (src/server/net/forwarded-headers.ts), so no client can choose the address the throttles and the
// audit log see, or the host next-auth redirects to.
//
// One worker per core (WEB_CONCURRENCY to choose), with Node's cluster: the primary only forks
// and restarts workers; each worker serves, and forgets its cached schools when any process
// announces a change (src/server/net/tenant-change-listener.ts, docs/decisions/019).
import cluster from "node:cluster";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import next from "next";
import { parseProxyTrust } from "../src/server/net/client-address.ts";
import { applyForwardingPolicy, type ForwardingPolicy } from "../src/server/net/forwarded-headers.ts";
import { screenActionRequest } from "../src/server/net/action-requests.ts";
import { admitUnlessBusy } from "../src/server/net/busy.ts";
import { schoolStatusChecker } from "../src/server/net/school-status.ts";
import { listenForTenantChanges } from "../src/server/net/tenant-change-listener.ts";

const root = path.resolve(import.meta.dirname, "..");
const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME_BIND || undefined;

const policy: ForwardingPolicy = {
  proxies: parseProxyTrust(process.env.TRUSTED_PROXIES),
  trustForwardedHost: process.env.TRUST_FORWARDED_HOST === "1",
};

const workers = Math.max(1, Number(process.env.WEB_CONCURRENCY) || os.availableParallelism());
if (cluster.isPrimary && workers > 1) {
  let stopping = false;
  for (let i = 0; i < workers; i++) cluster.fork();
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) return;
    console.error(`A server worker stopped (${signal ?? `exit ${code}`}); starting another.`);
    cluster.fork();
  });
  const stopAll = () => {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.kill("SIGTERM");
    setTimeout(() => process.exit(0), 10_000).unref();
    cluster.on("exit", () => {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
    });
  };
  process.on("SIGTERM", stopAll);
  process.on("SIGINT", stopAll);
} else {
  await serve();
}

async function serve() {
  const markUnavailableSchool = schoolStatusChecker({
    databaseUrl: process.env.PLATFORM_DATABASE_URL || process.env.DATABASE_URL || "",
    rootDomain: process.env.ROOT_DOMAIN ?? "localhost",
    trustForwardedHost: policy.trustForwardedHost,
  });

  // LISTEN holds its connection for good: behind a transaction pooler (PgBouncer) it needs a
  // direct connection (or a session-pooled one), which LISTEN_DATABASE_URL names (docs/decisions/021).
  const stopListening = listenForTenantChanges(
    process.env.LISTEN_DATABASE_URL || process.env.PLATFORM_DATABASE_URL || process.env.DATABASE_URL || "",
    markUnavailableSchool.forget,
  );

  const app = next({ dev: false, dir: root, port, ...(hostname ? { hostname } : {}) });
  await app.prepare();
  const handle = app.getRequestHandler();

  const server = http.createServer(async (req, res) => {
    applyForwardingPolicy(req, policy);
    if (!screenActionRequest(req, res)) return;
    if (!admitUnlessBusy(req, res)) return;
    await markUnavailableSchool(req, res);
    handle(req, res).catch((error: unknown) => {
      console.error("request failed", req.method, req.url, error);
      if (!res.headersSent) {
        res.statusCode = 500;
        res.setHeader("content-type", "text/plain; charset=utf-8");
      }
      res.end("Something went wrong on our side.");
    });
  });
  server.listen(port, hostname, () => {
    // Said once, by the first worker (or the only process), when the port answers.
    if (cluster.isPrimary || cluster.worker?.id === 1)
      console.log(
        `Serving on port ${port}${workers > 1 ? ` with ${workers} workers` : ""}${policy.proxies.kind === "none" ? "" : ` (client addresses from X-Forwarded-For: TRUSTED_PROXIES=${process.env.TRUSTED_PROXIES})`}.`,
      );
  });

  const stop = () => {
    void stopListening();
    server.close(() => process.exit(0));
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}
