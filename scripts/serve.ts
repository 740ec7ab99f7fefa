// The production HTTP server (npm start runs it instead of `next start`): Next.js's own request
// handler behind one step that decides the forwarded headers from the socket and TRUSTED_PROXIES
// (src/server/net/forwarded-headers.ts), so no client can choose the address the throttles and the
// audit log see, or the host next-auth redirects to.
import http from "node:http";
import path from "node:path";
import next from "next";
import { parseProxyTrust } from "../src/server/net/client-address.ts";
import { applyForwardingPolicy, type ForwardingPolicy } from "../src/server/net/forwarded-headers.ts";
import { screenActionRequest } from "../src/server/net/action-requests.ts";
import { schoolStatusChecker } from "../src/server/net/school-status.ts";

const root = path.resolve(import.meta.dirname, "..");
const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME_BIND || undefined;

const policy: ForwardingPolicy = {
  proxies: parseProxyTrust(process.env.TRUSTED_PROXIES),
  trustForwardedHost: process.env.TRUST_FORWARDED_HOST === "1",
};

const markUnavailableSchool = schoolStatusChecker({
  databaseUrl: process.env.PLATFORM_DATABASE_URL || process.env.DATABASE_URL || "",
  rootDomain: process.env.ROOT_DOMAIN ?? "localhost",
  trustForwardedHost: policy.trustForwardedHost,
});

const app = next({ dev: false, dir: root, port, ...(hostname ? { hostname } : {}) });
await app.prepare();
const handle = app.getRequestHandler();

const server = http.createServer(async (req, res) => {
  applyForwardingPolicy(req, policy);
  if (!screenActionRequest(req, res)) return;
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
  console.log(
    `Serving on port ${port}${policy.proxies.kind === "none" ? "" : ` (client addresses from X-Forwarded-For: TRUSTED_PROXIES=${process.env.TRUSTED_PROXIES})`}.`,
  );
});

const stop = () => server.close(() => process.exit(0));
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
