import "server-only";
// A school's own domain. The operator sets it; the school publishes a TXT record with the token we
// show; "Check now" looks it up. tenants.domain, which routes requests, holds the domain only while
// it is verified, so a domain nobody proved cannot show a school's pages.
import { randomBytes } from "node:crypto";
import type { AuditActor, AuditRequest } from "@/server/audit/write-audit";
import type { BasePrismaClient } from "@/server/db/prisma";
import { platformDb } from "@/server/db/platform";
import { writeUnique, type UniqueFields } from "@/server/db/errors";
import { UserFacingError } from "@/server/errors";
import { invalidateTenantCache } from "@/server/tenancy/current-tenant";
import type { TxtResolver } from "@/server/tenancy/dns";
import { rootDomain } from "@/server/tenancy/hosts";
import { writePlatformEvent } from "./platform-audit.ts";
import { findSchool } from "./settings.ts";

const TXT_PREFIX = "_sis-verify";
export const txtRecordName = (domain: string) => `${TXT_PREFIX}.${domain}`;
const TAKEN = "rules.domain.taken";
const UNIQUE: UniqueFields = {
  tenant_domains_domain_key: { field: "domain", message: TAKEN },
  tenants_domain_key: { field: "domain", message: TAKEN },
};

type Who = { actor: AuditActor; request: AuditRequest };

export async function getCustomDomain(tenantId: string, client: BasePrismaClient = platformDb()) {
  return client.tenantDomain.findUnique({ where: { tenantId } });
}

/** Sets (or replaces) the school's domain: pending until its TXT record is found. */
export async function setCustomDomain(
  input: { tenantId: string; domain: string } & Who,
  client: BasePrismaClient = platformDb(),
) {
  const root = rootDomain();
  if (input.domain === root || input.domain.endsWith(`.${root}`)) {
    throw new UserFacingError("rules.domain.platforms", "domain", { root });
  }
  const row = await client.$transaction(async (tx) => {
    const tenant = await findSchool(input.tenantId, tx);
    const clash =
      (await tx.tenant.findFirst({
        where: { domain: input.domain, id: { not: tenant.id } },
        select: { id: true },
      })) ??
      (await tx.tenantDomain.findFirst({
        where: { domain: input.domain, tenantId: { not: tenant.id } },
        select: { id: true },
      }));
    if (clash) throw new UserFacingError(TAKEN, "domain");
    const current = await tx.tenantDomain.findUnique({ where: { tenantId: tenant.id } });
    if (current?.domain === input.domain)
      throw new UserFacingError("rules.domain.already", "domain", {
        domain: input.domain,
        status: current.status,
      });
    const token = `sis-verify=${randomBytes(16).toString("hex")}`;
    const data = {
      domain: input.domain,
      status: "pending",
      verificationToken: token,
      lastCheckedAt: null,
      lastError: null,
      verifiedAt: null,
    };
    const saved = await writeUnique(UNIQUE, () =>
      tx.tenantDomain.upsert({
        where: { tenantId: tenant.id },
        create: { tenantId: tenant.id, ...data },
        update: data,
      }),
    );
    // The old domain stops routing: only a verified domain shows the school.
    if (tenant.domain) await tx.tenant.update({ where: { id: tenant.id }, data: { domain: null } });
    await writePlatformEvent(tx, input.actor, input.request, {
      action: "tenant_domain_set",
      tenantId: tenant.id,
      oldValues: { domain: current?.domain ?? null },
      newValues: { domain: input.domain },
    });
    return saved;
  });
  invalidateTenantCache();
  return row;
}

/** Looks for the TXT record; verified → the domain routes to the school, otherwise failed, with why. */
export async function verifyCustomDomain(
  input: { tenantId: string; resolver: TxtResolver } & Who,
  client: BasePrismaClient = platformDb(),
) {
  const pending = await getCustomDomain(input.tenantId, client);
  if (!pending) throw new UserFacingError("rules.domain.setFirst");
  let found: string[] = [];
  let lookupError: string | null = null;
  try {
    found = await input.resolver.resolveTxt(txtRecordName(pending.domain));
  } catch (error) {
    lookupError = `DNS did not answer for ${txtRecordName(pending.domain)} (${(error as NodeJS.ErrnoException).code ?? "error"}). Try again in a few minutes.`;
  }
  const verified = found.some((value) => value.trim() === pending.verificationToken);
  const reason = verified
    ? null
    : (lookupError ??
      (found.length
        ? `A TXT record exists at ${txtRecordName(pending.domain)} but none has the value ${pending.verificationToken}.`
        : `No TXT record found at ${txtRecordName(pending.domain)} yet. DNS changes can take up to an hour to appear.`));
  const row = await client.$transaction(async (tx) => {
    const now = new Date();
    const saved = await tx.tenantDomain.update({
      where: { id: pending.id },
      data: {
        status: verified ? "verified" : "failed",
        lastCheckedAt: now,
        lastError: reason,
        verifiedAt: verified ? (pending.verifiedAt ?? now) : null,
      },
    });
    await writeUnique(UNIQUE, () =>
      tx.tenant.update({
        where: { id: pending.tenantId },
        data: { domain: verified ? pending.domain : null },
      }),
    );
    await writePlatformEvent(tx, input.actor, input.request, {
      action: verified ? "tenant_domain_verified" : "tenant_domain_failed",
      tenantId: pending.tenantId,
      newValues: { domain: pending.domain, reason },
    });
    return saved;
  });
  invalidateTenantCache();
  return row;
}

export async function removeCustomDomain(
  input: { tenantId: string } & Who,
  client: BasePrismaClient = platformDb(),
) {
  await client.$transaction(async (tx) => {
    const tenant = await findSchool(input.tenantId, tx);
    const current = await tx.tenantDomain.findUnique({ where: { tenantId: tenant.id } });
    if (!current) throw new UserFacingError("rules.domain.none");
    await tx.tenantDomain.delete({ where: { id: current.id } });
    await tx.tenant.update({ where: { id: tenant.id }, data: { domain: null } });
    await writePlatformEvent(tx, input.actor, input.request, {
      action: "tenant_domain_removed",
      tenantId: tenant.id,
      oldValues: { domain: current.domain },
    });
  });
  invalidateTenantCache();
}
