// Addresses of the product's hosts. ROOT_DOMAIN is the domain schools get subdomains of.

export function rootDomain(): string {
  return (process.env.ROOT_DOMAIN ?? "localhost").toLowerCase();
}

/** Where a school with this subdomain is reached, keeping the port the visitor used. */
export function schoolUrl(subdomain: string, requestHost: string | null, protocol = "http"): string {
  const port = requestHost?.match(/:(\d+)$/)?.[1];
  return `${protocol}://${subdomain}.${rootDomain()}${port ? `:${port}` : ""}/`;
}

/**
 * The address of a school's site for links in mail: from the database, never from a request's
 * Host header (which a client controls). PUBLIC_SCHEME and PUBLIC_PORT describe how the product
 * is reached (http and npm start's port locally).
 */
export function schoolOrigin(tenant: { subdomain: string | null; domain: string | null }): string {
  const host = tenant.subdomain ? `${tenant.subdomain}.${rootDomain()}` : tenant.domain;
  if (!host) throw new Error("A school needs a subdomain or a domain to be linked to.");
  const scheme = process.env.PUBLIC_SCHEME ?? (rootDomain() === "localhost" ? "http" : "https");
  const port = process.env.PUBLIC_PORT ? `:${process.env.PUBLIC_PORT}` : "";
  return `${scheme}://${host}${port}`;
}
