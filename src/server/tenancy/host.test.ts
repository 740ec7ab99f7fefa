import { describe, expect, it } from "vitest";
import { normaliseHost, routeHost, type HostRoute } from "./host.ts";

const ROOT = { rootDomain: "localhost" };
const route = (
  host: string | null,
  options: Partial<Parameters<typeof routeHost>[1]> = {},
  forwardedHost?: string,
) => routeHost({ host, forwardedHost: forwardedHost ?? null }, { ...ROOT, ...options });
const tenant = (host: string, subdomain: string | null): HostRoute => ({ kind: "tenant", host, subdomain });

describe("routeHost", () => {
  it.each<[string | null, HostRoute["kind"], string | null]>([
    ["lincoln.localhost", "tenant", "lincoln"],
    ["lincoln.localhost:3000", "tenant", "lincoln"],
    ["LINCOLN.LocalHost:3000", "tenant", "lincoln"],
    ["lincoln.localhost.", "tenant", "lincoln"],
    ["lincoln.localhost.:3000", "tenant", "lincoln"],
    ["roosevelt.localhost", "tenant", "roosevelt"],
    ["north-east-2.localhost", "tenant", "north-east-2"],
    ["portal.roosevelt-ms.test", "tenant", null],
    ["portal.roosevelt-ms.test:3000", "tenant", null],
    ["lincoln.localhost.evil.com", "tenant", null], // only ever a custom-domain lookup, which fails
    ["evil.com", "tenant", null],
    ["localhost", "landing", null],
    ["localhost:3000", "landing", null],
    ["www.localhost", "landing", null],
    ["admin.localhost", "console", null],
    ["ADMIN.localhost:3000", "console", null],
    ["admin.localhost.", "console", null],
    ["api.localhost", "invalid", null],
    ["app.localhost", "invalid", null],
    ["mail.localhost", "invalid", null],
    ["t.localhost", "invalid", null],
    ["a.b.localhost", "invalid", null],
    ["admin.lincoln.localhost", "invalid", null],
    ["", "invalid", null],
    [null, "invalid", null],
    ["   ", "invalid", null],
    ["127.0.0.1", "invalid", null],
    ["127.0.0.1:3000", "invalid", null],
    ["[::1]:3000", "invalid", null],
    ["lincoln.localhost:99999999", "invalid", null],
    ["lincoln.localhost:abc", "invalid", null],
    ["-lincoln.localhost", "invalid", null],
    ["linc_oln.localhost", "invalid", null],
    ["lincoln..localhost", "invalid", null],
    ["lincoln.localhost/evil", "invalid", null],
    ["lincoln.localhost@evil.com", "invalid", null],
    ["lincoln.localhost, evil.com", "invalid", null],
    ["xn--bcher-kva.localhost", "tenant", "xn--bcher-kva"],
    [`${"a".repeat(64)}.localhost`, "invalid", null],
  ])("%s → %s", (host, kind, subdomain) => {
    const result = route(host);
    expect(result.kind).toBe(kind);
    if (result.kind === "tenant") expect(result.subdomain).toBe(subdomain);
  });

  it("works under a real root domain", () => {
    const options = { rootDomain: "sis.example.com" };
    expect(route("lincoln.sis.example.com", options)).toEqual(tenant("lincoln.sis.example.com", "lincoln"));
    expect(route("admin.sis.example.com", options)).toEqual({ kind: "console" });
    expect(route("sis.example.com", options)).toEqual({ kind: "landing" });
    expect(route("lincoln.sis.example.com.evil.org", options)).toEqual(
      tenant("lincoln.sis.example.com.evil.org", null),
    );
  });

  it("ignores X-Forwarded-Host unless told to trust it", () => {
    expect(route("lincoln.localhost", {}, "admin.localhost")).toEqual(tenant("lincoln.localhost", "lincoln"));
    expect(route("lincoln.localhost", { trustForwardedHost: true }, "roosevelt.localhost")).toEqual(
      tenant("roosevelt.localhost", "roosevelt"),
    );
    expect(route("proxy.internal", { trustForwardedHost: true }, "roosevelt.localhost, evil.com")).toEqual(
      tenant("roosevelt.localhost", "roosevelt"),
    );
    expect(route("lincoln.localhost", { trustForwardedHost: true }, "bad host!").kind).toBe("invalid");
  });

  it("normalises hosts", () => {
    expect(normaliseHost("Lincoln.Localhost.:8080")).toBe("lincoln.localhost");
    expect(normaliseHost("lincoln.localhost:")).toBeNull();
  });
});
