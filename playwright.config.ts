import { defineConfig, devices } from "@playwright/test";
import { E2E_DNS_RECORDS_FILE } from "./e2e/support/dns";

// End-to-end tests drive Debian's Chromium against the production build, served by the same
// `npm start` path an evaluator uses, on a throwaway embedded database seeded with the demo schools.
const PORT = Number(process.env.E2E_PORT ?? 3100);
export const BASE_URL = `http://localhost:${PORT}`;

// Debian's Chromium, never a downloaded browser.
const chromium = {
  ...devices["Desktop Chrome"],
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      // Demo custom domains (*.test) resolve to this machine.
      "--host-resolver-rules=MAP *.test 127.0.0.1",
    ],
  },
};

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results",
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["html", { open: "never", outputFolder: "playwright-report" }]],
  use: {
    baseURL: BASE_URL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      testIgnore: "quiet/**",
      use: chromium,
    },
    {
      // Tests that read the database's activity counters: they run alone, after all the others.
      name: "quiet",
      testMatch: "quiet/**/*.spec.ts",
      dependencies: ["chromium"],
      use: chromium,
    },
  ],
  webServer: {
    command: "node_modules/.bin/tsx scripts/start.ts --fresh",
    url: BASE_URL,
    timeout: 300_000,
    reuseExistingServer: !process.env.CI,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      DATABASE_URL: "",
      EMBEDDED_PG_DATA: ".data/e2e-postgres",
      EMBEDDED_PG_PORT: process.env.E2E_PG_PORT ?? "54339",
      PORT: String(PORT),
      // Two workers, as on a two-core server: caches must agree across processes.
      WEB_CONCURRENCY: "2",
      NEXT_TELEMETRY_DISABLED: "1",
      // Custom-domain checks read TXT records from this file instead of public DNS (e2e/console/domains.spec.ts).
      DNS_TXT_RECORDS_FILE: E2E_DNS_RECORDS_FILE,
    },
  },
});
