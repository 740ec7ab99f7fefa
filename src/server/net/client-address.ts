// Who is really on the other end of a request. The socket's peer is the only address nobody can
// forge; X-Forwarded-For is believed only as far as TRUSTED_PROXIES says proxies of ours wrote it.
// Pure (node:net only): used by the HTTP server in scripts/serve.ts and by tests.
import { BlockList, isIP } from "node:net";

export type ProxyTrust =
  | { kind: "none" }
  /** This many proxies of ours stand in front of the app, each appending to X-Forwarded-For. */
  | { kind: "hops"; hops: number }
  /** Peers in these ranges are our proxies; the first address from outside them is the client. */
  | { kind: "cidrs"; list: BlockList; text: string };

/** TRUSTED_PROXIES: unset or 0 → none; a whole number → hops; else a comma-separated CIDR/address list. */
export function parseProxyTrust(raw: string | undefined): ProxyTrust {
  const value = raw?.trim() ?? "";
  if (value === "" || value === "0") return { kind: "none" };
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    if (hops > 10)
      throw new Error(`TRUSTED_PROXIES=${value}: more than 10 proxy hops is not a real deployment`);
    return { kind: "hops", hops };
  }
  const list = new BlockList();
  for (const part of value
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean)) {
    const [address, bits] = part.split("/");
    const family = isIP(address ?? "");
    if (!family)
      throw new Error(`TRUSTED_PROXIES: "${part}" is neither a hop count nor an address or CIDR range`);
    const type = family === 6 ? "ipv6" : "ipv4";
    if (bits === undefined) list.addAddress(address!, type);
    else {
      const prefix = Number(bits);
      if (!/^\d+$/.test(bits) || prefix > (family === 6 ? 128 : 32))
        throw new Error(`TRUSTED_PROXIES: "${part}" has a bad prefix length`);
      list.addSubnet(address!, prefix, type);
    }
  }
  return { kind: "cidrs", list, text: value };
}

/** "::ffff:1.2.3.4" → "1.2.3.4"; null for anything that is not an IP address. */
export function normaliseAddress(raw: string | null | undefined): string | null {
  const value = raw?.trim().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "") ?? "";
  return isIP(value) ? value.toLowerCase() : null;
}

const inList = (list: BlockList, address: string) =>
  list.check(address, isIP(address) === 6 ? "ipv6" : "ipv4");

/** The client's address, given the socket's peer and the X-Forwarded-For header as received. */
export function clientAddress(
  peer: string | null | undefined,
  forwardedFor: string | null | undefined,
  trust: ProxyTrust,
): string | null {
  const socket = normaliseAddress(peer);
  if (trust.kind === "none" || !socket) return socket;
  const chain = (forwardedFor ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (trust.kind === "hops") {
    // Each of our proxies appended the address it saw; the client is the one our outermost proxy saw.
    if (trust.hops === 0) return socket;
    const entry = chain[chain.length - trust.hops];
    return entry === undefined ? socket : normaliseAddress(entry);
  }
  // Walk back from the socket while the address is one of ours.
  let candidate: string | null = socket;
  for (let i = chain.length - 1; i >= -1 && candidate && inList(trust.list, candidate); i--) {
    if (i < 0) return candidate; // every hop was ours: the outermost is the best we know
    candidate = normaliseAddress(chain[i]);
  }
  return candidate;
}
