import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

// School data has one door, withTenant(). The unscoped clients are for platform code only:
// tenancy (host lookup), auth (sign-in) and the console (tenants).
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

const config = [
  ...nextVitals,
  ...nextTypescript,
  {
    files: ["src/**/*.{ts,tsx}", "middleware.ts"],
    ignores: [
      "src/server/db/**",
      "src/server/tenancy/**",
      "src/server/auth/**",
      "src/app/console/**",
      "src/features/tenants/**",
      "src/**/*.test.ts",
    ],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: UNSCOPED_CLIENT_MODULES,
              allowTypeImports: true,
              message:
                "School data goes through withTenant() (src/server/db/with-tenant.ts); the unscoped client is for tenancy, auth and console code only.",
            },
          ],
        },
      ],
    },
  },
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
