import "server-only";
import { notFound } from "next/navigation";
import { findSchool } from "@/server/platform/settings";
import { requireConsoleUser } from "@/server/auth/console-session";
import { NotFoundError } from "@/server/errors";

/** The guard and the school of every console page about one school: unknown ids are 404. */
export async function requireSchool(params: Promise<{ id: string }>) {
  await requireConsoleUser();
  const { id } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  try {
    return await findSchool(id);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}
