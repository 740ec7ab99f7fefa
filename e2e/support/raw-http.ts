// Requests as an attacker sends them: straight to the server's socket, with any headers at all
// (a browser would not let a page forge these). Connects to 127.0.0.1 and names the host itself.
import http from "node:http";
import { PORT } from "./sign-in";

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export function rawRequest(options: {
  host: string;
  path: string;
  method?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  chunked?: boolean;
}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: "127.0.0.1",
        port: Number(PORT),
        path: options.path,
        method: options.method ?? "GET",
        headers: { host: `${options.host}:${PORT}`, ...options.headers },
      },
      (response) => {
        let body = "";
        response.setEncoding("utf8");
        response.on("data", (chunk) => (body += chunk));
        response.on("end", () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body }),
        );
      },
    );
    request.on("error", reject);
    // Whole bodies go with a Content-Length; chunked ones without, as a streaming client sends them.
    if (options.chunked && options.body !== undefined) {
      request.write(options.body);
      request.end();
    } else request.end(options.body);
  });
}

/** A credentials sign-in posted to next-auth as its own form does; returns where it redirects. */
export async function postSignIn(
  host: string,
  email: string,
  password: string,
  headers: Record<string, string> = {},
): Promise<{ location: string; error: string | null }> {
  const csrf = await rawRequest({ host, path: "/api/auth/csrf" });
  const cookie = (csrf.headers["set-cookie"] ?? []).map((c) => c.split(";")[0]).join("; ");
  const form = new URLSearchParams({
    csrfToken: JSON.parse(csrf.body).csrfToken,
    email,
    password,
    callbackUrl: "/home",
  });
  const response = await rawRequest({
    host,
    path: "/api/auth/callback/credentials",
    method: "POST",
    body: form.toString(),
    headers: { "content-type": "application/x-www-form-urlencoded", cookie, ...headers },
  });
  const location = String(response.headers.location ?? "");
  return { location, error: /[?&]error=([^&]+)/.exec(location)?.[1] ?? null };
}
