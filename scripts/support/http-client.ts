// Plain HTTP to the production server on this machine, as a browser would send it to a school's
// host (Node does not resolve *.localhost by itself, so every request goes to 127.0.0.1 and names
// its host). Used by the HTTP benchmark and the fault drills.
import type { ChildProcess } from "node:child_process";
import http from "node:http";
import { demoPassword } from "../seed/demo-schools.ts";

export interface HttpAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
  ms: number;
}

export function httpClient(port: number) {
  function request(
    host: string,
    method: string,
    url: string,
    headers: Record<string, string> = {},
    body?: string,
    timeoutMs = 60_000,
  ): Promise<HttpAnswer> {
    const started = performance.now();
    return new Promise((resolve, reject) => {
      const req = http.request(
        { host: "127.0.0.1", port, method, path: url, headers: { host: `${host}:${port}`, ...headers } },
        (res) => {
          let text = "";
          res.setEncoding("utf8");
          res.on("data", (chunk) => (text += chunk));
          res.on("end", () =>
            resolve({
              status: res.statusCode ?? 0,
              headers: res.headers,
              body: text,
              ms: performance.now() - started,
            }),
          );
          res.on("error", reject);
        },
      );
      req.setTimeout(timeoutMs, () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
      req.on("error", reject);
      if (body) req.write(body);
      req.end();
    });
  }

  /** A real sign-in through next-auth's credentials endpoint: the session cookie it sets. */
  async function signIn(host: string, email: string): Promise<string> {
    const csrf = await request(host, "GET", "/api/auth/csrf");
    const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
    const form = new URLSearchParams({ csrfToken, email, password: demoPassword(), json: "true" }).toString();
    const res = await request(
      host,
      "POST",
      "/api/auth/callback/credentials",
      {
        "content-type": "application/x-www-form-urlencoded",
        "content-length": String(Buffer.byteLength(form)),
        cookie: cookiesOf(csrf.headers),
      },
      form,
    );
    const session = cookiesOf(res.headers)
      .split("; ")
      .find((c) => c.includes("session-token="));
    if (!session) throw new Error(`Sign-in as ${email} at ${host} failed (${res.status}).`);
    return session;
  }

  /** Resolves when the server says it serves on this port; rejects if it stops first. */
  function waitForServer(child: ChildProcess): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      child.stdout!.on("data", (chunk: Buffer) => {
        if (String(chunk).includes(`Serving on port ${port}`)) resolve();
      });
      child.on("exit", (code) => reject(new Error(`The server stopped (exit ${code}).`)));
    });
  }

  return { request, signIn, waitForServer };
}

export const cookiesOf = (headers: http.IncomingHttpHeaders) =>
  (headers["set-cookie"] ?? []).map((c) => c.split(";")[0]!).join("; ");
