// The front door's answer when the database connections are all taken: 503 with Retry-After, at
// once, instead of a request that queues until it times out. Static files never need the
// database and are always served (docs/decisions/021).
import type { IncomingMessage, ServerResponse } from "node:http";
import { messageText } from "@/i18n/translate";
import { poolsExhausted } from "@/server/db/pool-pressure";

const RETRY_AFTER_SECONDS = 5;

// The build's static files and public/ (favicon, the demo schools' logos).
const needsNoDatabase = (path: string) =>
  path.startsWith("/_next/static/") || path === "/favicon.svg" || path.startsWith("/brand/");

const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);

/** False when the request was answered here (busy); true to hand it on. */
export function admitUnlessBusy(req: IncomingMessage, res: ServerResponse): boolean {
  if (needsNoDatabase(req.url ?? "/") || !poolsExhausted()) return true;
  const title = escapeHtml(messageText("busy.title"));
  const text = escapeHtml(messageText("busy.text"));
  res.statusCode = 503;
  res.setHeader("retry-after", String(RETRY_AFTER_SECONDS));
  res.setHeader("cache-control", "no-store");
  if (req.headers["next-action"]) {
    res.setHeader("content-type", "text/plain; charset=utf-8");
    res.end(text);
  } else {
    res.setHeader("content-type", "text/html; charset=utf-8");
    res.end(
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title></head>` +
        `<body style="font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;color:#1e293b"><main><h1>${title}</h1><p>${text}</p></main></body></html>`,
    );
  }
  return false;
}
