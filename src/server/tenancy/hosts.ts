// Addresses of the product's hosts. ROOT_DOMAIN is the domain schools get subdomains of.

export function rootDomain(): string {
  return (process.env.ROOT_DOMAIN ?? "localhost").toLowerCase();
}

/** Where a school with this subdomain is reached, keeping the port the visitor used. */
export function schoolUrl(subdomain: string, requestHost: string | null, protocol = "http"): string {
  const port = requestHost?.match(/:(\d+)$/)?.[1];
  return `${protocol}://${subdomain}.${rootDomain()}${port ? `:${port}` : ""}/`;
}
