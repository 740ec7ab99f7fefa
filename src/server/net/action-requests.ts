// Server-action requests that Next.js would answer with a 500 are answered here first, plainly:
// a body larger than the action limit is 413; one that cannot be a server-action call (a bad
// action id, a body that is not the JSON the client sends) is 400.
import type { IncomingMessage, ServerResponse } from "node:http";
import { rewriteStatus } from "./rewrite-status.ts";

/** Next.js's default server-action body limit (next.config.ts does not change it). */
const ACTION_BODY_LIMIT_BYTES = 1024 * 1024;

const ACTION_ID = /^[0-9a-f]{40,64}$/i;

function answer(res: ServerResponse, status: number, text: string): false {
  res.statusCode = status;
  res.setHeader("content-type", "text/plain; charset=utf-8");
  res.setHeader("connection", "close");
  res.end(text);
  return false;
}

const bad = (res: ServerResponse) => answer(res, 400, "Bad request.");

/**
 * The body as the HTTP parser hands it to the request stream, recorded without consuming it
 * (Next.js reads the stream itself, and its middleware may tee it).
 */
function recordBody(req: IncomingMessage, limit: number): () => Buffer | null {
  const chunks: Buffer[] = [];
  let size = 0;
  const push = req.push.bind(req);
  req.push = (chunk: unknown, encoding?: BufferEncoding) => {
    if (chunk && size <= limit) {
      const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string, encoding);
      size += buffer.length;
      chunks.push(buffer);
    }
    return push(chunk, encoding);
  };
  return () => (size > limit ? null : Buffer.concat(chunks));
}

const isJson = (body: Buffer) => {
  try {
    JSON.parse(body.toString("utf8"));
    return true;
  } catch {
    return false;
  }
};

/** False when the request was answered (refused) here; true to hand it on to Next.js. */
export function screenActionRequest(req: IncomingMessage, res: ServerResponse): boolean {
  const actionId = req.headers["next-action"];
  if (actionId === undefined) return true;
  if (req.method !== "POST") return answer(res, 405, "Method not allowed.");
  if (typeof actionId !== "string" || !ACTION_ID.test(actionId)) return bad(res);
  const length = Number(req.headers["content-length"] ?? NaN);
  if (Number.isFinite(length) && length > ACTION_BODY_LIMIT_BYTES)
    return answer(res, 413, "The request is too large.");
  const type = (req.headers["content-type"] ?? "").split(";")[0]!.trim().toLowerCase();
  if (type === "multipart/form-data") return true; // Next.js parses and limits these itself
  if (type !== "text/plain" && type !== "") return bad(res);
  // Next.js answers an action body it cannot decode with a 500; it is the client's mistake: 400.
  const body = recordBody(req, ACTION_BODY_LIMIT_BYTES);
  rewriteStatus(res, (status) => {
    if (status !== 500) return status;
    const received = body();
    return received === null ? 413 : isJson(received) ? status : 400;
  });
  return true;
}
