import { redirect } from "next/navigation";
import { homeFor } from "@/server/auth/permissions";
import { requireUser } from "@/server/auth/session";

/** Where a signed-in person belongs: the staff dashboard or the family portal. */
export default async function HomeRedirect() {
  const user = await requireUser();
  redirect(homeFor(user.role));
}
