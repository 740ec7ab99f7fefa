import type { Config } from "tailwindcss";

// Loaded by `@config` in src/app/globals.css. Brand colours are CSS variables that each school's
// layout sets, so one stylesheet serves every tenant.
const config: Config = {
  content: ["./src/**/*.{ts,tsx}"],
  theme: {
    extend: {
      colors: {
        brand: {
          DEFAULT: "var(--brand-primary, #1f3a5f)",
          contrast: "var(--brand-primary-contrast, #ffffff)",
          accent: "var(--brand-secondary, #f2b705)",
        },
      },
      fontFamily: {
        sans: ["system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "sans-serif"],
      },
    },
  },
};

export default config;
