import "server-only";
// The unscoped client, for platform code only (host → tenant lookup, sign-in, the console).
// School data is read and written through withTenant().
export { platformDbClient as platformDb } from "./clients.ts";
