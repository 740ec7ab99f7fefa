import "server-only";
import { listPublicSchools, type SchoolListing } from "@/server/platform/queries";
import { platformDb } from "@/server/db/platform";

/** Schools shown on the product's landing page. */
export function publicSchools(): Promise<SchoolListing[]> {
  return listPublicSchools(platformDb());
}
