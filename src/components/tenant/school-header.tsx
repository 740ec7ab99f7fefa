export function SchoolHeader({ tenant }: { tenant: { name: string; logoUrl: string | null } }) {
  return (
    <header className="bg-brand text-brand-contrast" data-testid="school-header">
      <div className="mx-auto flex max-w-6xl items-center gap-4 px-6 py-4">
        {tenant.logoUrl ? (
          // eslint-disable-next-line @next/next/no-img-element -- school logos may live on any host
          <img
            src={tenant.logoUrl}
            alt={`${tenant.name} logo`}
            width={48}
            height={48}
            className="h-12 w-12 rounded bg-white/10"
          />
        ) : null}
        <p className="text-xl font-semibold tracking-tight">{tenant.name}</p>
      </div>
      <div className="h-1 bg-brand-accent" aria-hidden="true" />
    </header>
  );
}
