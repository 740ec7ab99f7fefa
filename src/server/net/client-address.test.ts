// Whose address the throttles and the audit log see: the socket's, unless TRUSTED_PROXIES says
// which forwarded entry our own proxies wrote. A client-written X-Forwarded-For must never win.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clientAddress, parseProxyTrust } from "./client-address.ts";
import { applyForwardingPolicy, type ForwardingPolicy } from "./forwarded-headers.ts";

describe("clientAddress", () => {
  const none = parseProxyTrust(undefined);

  it("takes the socket's address and ignores a forged X-Forwarded-For without trusted proxies", () => {
    expect(clientAddress("::ffff:203.0.113.5", "1.2.3.4", none)).toBe("203.0.113.5");
    expect(clientAddress("203.0.113.5", "1.2.3.4, 5.6.7.8", parseProxyTrust("0"))).toBe("203.0.113.5");
  });

  it("with a hop count, takes the entry our outermost proxy appended, not what the client prepended", () => {
    const oneHop = parseProxyTrust("1");
    expect(clientAddress("10.0.0.2", "6.6.6.6, 198.51.100.9", oneHop)).toBe("198.51.100.9");
    expect(clientAddress("10.0.0.2", "6.6.6.6, 198.51.100.9, 10.0.0.3", parseProxyTrust("2"))).toBe(
      "198.51.100.9",
    );
    expect(clientAddress("10.0.0.2", "", oneHop)).toBe("10.0.0.2");
  });

  it("with CIDR ranges, walks back while the address is ours and stops at the first outsider", () => {
    const ours = parseProxyTrust("10.0.0.0/8, 2001:db8::/32");
    expect(clientAddress("10.1.1.1", "6.6.6.6, 198.51.100.9, 10.2.2.2", ours)).toBe("198.51.100.9");
    expect(clientAddress("203.0.113.7", "6.6.6.6", ours)).toBe("203.0.113.7"); // not via our proxy at all
    expect(clientAddress("2001:db8::1", "198.51.100.10", ours)).toBe("198.51.100.10");
    expect(clientAddress("10.1.1.1", "not-an-ip", ours)).toBeNull();
  });

  it("refuses a setting it cannot read, rather than trusting everything", () => {
    expect(() => parseProxyTrust("everyone")).toThrow(/TRUSTED_PROXIES/);
    expect(() => parseProxyTrust("10.0.0.0/99")).toThrow(/prefix/);
  });
});

describe("applyForwardingPolicy on a real HTTP server", () => {
  let server: http.Server;
  let policy: ForwardingPolicy = { proxies: parseProxyTrust(undefined), trustForwardedHost: false };
  let port = 0;
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      applyForwardingPolicy(req, policy);
      res.end(JSON.stringify(req.headers));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const seen = (headers: Record<string, string>) =>
    new Promise<Record<string, string>>((resolve, reject) => {
      http
        .get({ host: "127.0.0.1", port, path: "/", headers }, (res) => {
          let body = "";
          res.on("data", (chunk) => (body += chunk));
          res.on("end", () => resolve(JSON.parse(body)));
        })
        .on("error", reject);
    });

  it("replaces a client's forged forwarded headers with the socket's address", async () => {
    policy = { proxies: parseProxyTrust(undefined), trustForwardedHost: false };
    const headers = await seen({
      "x-forwarded-for": "6.6.6.6",
      "x-forwarded-host": "evil.example",
      "x-forwarded-proto": "https",
      "x-real-ip": "6.6.6.6",
    });
    expect(headers["x-forwarded-for"]).toBe("127.0.0.1");
    expect(headers["x-forwarded-host"]).toBeUndefined();
    expect(headers["x-forwarded-proto"]).toBeUndefined();
    expect(headers["x-real-ip"]).toBeUndefined();
  });

  it("believes a proxy of ours when configured to", async () => {
    policy = { proxies: parseProxyTrust("127.0.0.1/32"), trustForwardedHost: true };
    const headers = await seen({
      "x-forwarded-for": "6.6.6.6, 198.51.100.4",
      "x-forwarded-host": "lincoln.example.org",
    });
    expect(headers["x-forwarded-for"]).toBe("198.51.100.4");
    expect(headers["x-forwarded-host"]).toBe("lincoln.example.org");
  });
});
