import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

// The layout's boundaries (DESIGN.md "Layout", docs/decisions/013), enforced here and proven by
// tests/lint/boundaries.test.ts, which plants each kind of violation and expects lint to refuse it.

// School data has one door, withTenant(). The unscoped clients are for platform code only:
// the database layer, tenancy (host lookup), auth (sign-in) and the console's services.
export const UNSCOPED_CLIENT_MODULES = [
  "@/server/db/platform",
  "@/server/db/clients",
  "@/server/db/prisma",
  "**/server/db/platform",
  "**/server/db/clients",
  "**/server/db/prisma",
  "**/server/db/platform.ts",
  "**/server/db/clients.ts",
  "**/server/db/prisma.ts",
  "@/generated/prisma/*",
  "**/generated/prisma/*",
];
const PLATFORM_CODE = [
  "src/server/db/**",
  "src/server/tenancy/**",
  "src/server/auth/**",
  "src/server/platform/**",
];
const TESTS = ["src/**/*.test.ts", "tests/**", "e2e/**", "scripts/**"];

const unscopedClient = {
  group: UNSCOPED_CLIENT_MODULES,
  allowTypeImports: true,
  message:
    "School data goes through withTenant() (src/server/db/with-tenant.ts); the unscoped client is for platform code only (src/server/{db,tenancy,auth,platform}).",
};
const pureLib = {
  regex:
    "^(@/(server|features|components|app|generated)/|(\\.\\./)+(server|features|components|app|generated)/|server-only$|next/(headers|navigation|server)$)",
  message: "src/lib holds pure school vocabulary and helpers: no server, database, feature or UI code.",
};
const pureComponents = {
  regex: "^(@/(server|features|app|generated)/|(\\.\\./)+(server|features|app|generated)/|server-only$)",
  message:
    "src/components is shared UI: no server, database or feature code. Types it needs live in src/lib or beside the component.",
};
// Another feature is reached through its public entry only: index, queries, service, schemas,
// actions, or one of its components.
const PUBLIC_ENTRY = "(index|queries|service|schemas|actions)(\\.tsx?)?$|components/";
const featureEntry = (climb) => ({
  regex: `^(@/features/[^/]+/|${climb}[^./][^/]*/)(?!${PUBLIC_ENTRY})`,
  message:
    "Import another feature through its public entry (index, queries, service, schemas, actions or components), never a helper file.",
});
const middlewarePure = {
  regex: "^(@/(?!server/tenancy/(host|csp)$|lib/)|\\./src/(?!server/tenancy/(host|csp)(\\.ts)?$|lib/))",
  message: "middleware.ts runs at the edge: it imports only pure modules (host parsing, the CSP, src/lib).",
};

const restrict = (files, patterns, ignores = []) => ({
  files,
  ignores: [...TESTS, ...ignores],
  rules: { "@typescript-eslint/no-restricted-imports": ["error", { patterns }] },
});

// Pages and actions ask feature queries and services; they call no Prisma delegate themselves.
const MODELS =
  "user|student|teacher|class|enrollment|grade|attendance|auditLog|tenant|tenantDomain|mailOutbox|attendanceDailyCount|userSession|userSecurity|authAttempt|studentStatusChange|emailToken";
const delegateMessage =
  "Pages and actions call feature queries and services, not Prisma delegates (db.<model>.…).";
const noDelegates = {
  files: ["src/app/**/*.{ts,tsx}", "src/features/*/actions.ts", "src/features/*/*-actions.ts"],
  ignores: TESTS,
  rules: {
    "no-restricted-syntax": [
      "error",
      {
        selector: `MemberExpression[object.name=/^(db|tx)$/][property.name=/^(${MODELS})$/]`,
        message: delegateMessage,
      },
      {
        selector: `MemberExpression[object.type='MemberExpression'][object.property.name='db'][property.name=/^(${MODELS})$/]`,
        message: delegateMessage,
      },
    ],
  },
};

const config = [
  ...nextVitals,
  ...nextTypescript,
  // Later blocks replace the rule for their files, so each block names every pattern that applies.
  restrict(["src/**/*.{ts,tsx}"], [unscopedClient], PLATFORM_CODE),
  restrict(["src/lib/**/*.{ts,tsx}"], [unscopedClient, pureLib]),
  restrict(["src/components/**/*.{ts,tsx}"], [unscopedClient, pureComponents]),
  restrict(["src/features/*/*.{ts,tsx}"], [unscopedClient, featureEntry("\\.\\./")]),
  restrict(["src/features/*/*/**/*.{ts,tsx}"], [unscopedClient, featureEntry("\\.\\./\\.\\./")]),
  restrict(["middleware.ts"], [unscopedClient, middlewarePure]),
  noDelegates,
  {
    ignores: [
      ".next/**",
      "src/generated/**",
      "node_modules/**",
      ".data/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
];

export default config;
