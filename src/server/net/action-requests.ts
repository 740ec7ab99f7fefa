// Server-action requests that Next.js would answer with a 500 are answered here first, plainly:
// a body larger than the action limit is 413, one that cannot be a server-action call is 400.
import type { IncomingMessage, ServerResponse } from "node:http";

/** Next.js's default server-action body limit (next.config.ts does not change it). */
export const ACTION_BODY_LIMIT_BYTES = 1024 * 1024;

const ACTION_ID = /^[0-9a-f]{40,64}$/i;
const ACTION_TYPES = ["text/plain", "multipart/form-data", "application/x-www-form-urlencoded"];

function answer(res: ServerResponse, status: number, text: string): true {
  res.statusCode = status;
  res.setHeader("content-type", "text/plain; charset=utf-8");
  res.setHeader("connection", "close");
  res.end(text);
  return true;
}

/** True when the request was answered (refused); false to hand it on. */
export function refuseUnreadableAction(req: IncomingMessage, res: ServerResponse): boolean {
  const actionId = req.headers["next-action"];
  if (actionId === undefined) return false;
  if (req.method !== "POST") return answer(res, 405, "Method not allowed.");
  if (typeof actionId !== "string" || !ACTION_ID.test(actionId)) return answer(res, 400, "Bad request.");
  const length = Number(req.headers["content-length"] ?? NaN);
  if (Number.isFinite(length) && length > ACTION_BODY_LIMIT_BYTES) return answer(res, 413, "The request is too large.");
  const type = (req.headers["content-type"] ?? "").split(";")[0]!.trim().toLowerCase();
  if (type !== "" && !ACTION_TYPES.includes(type)) return answer(res, 400, "Bad request.");
  return false;
}
