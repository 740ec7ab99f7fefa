import { redirect } from "next/navigation";
import { requireConsoleUser } from "@/server/auth/console-session";

export default async function ConsoleHome() {
  await requireConsoleUser();
  redirect("/tenants");
}
