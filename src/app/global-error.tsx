"use client";
import Link from "next/link";

// The last resort, when even the root layout failed: its own document, plain and with a way back.
// Its words are written here, not read from the catalogue: the catalogue's provider is in the root
// layout, which is what failed.
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: "system-ui, sans-serif", margin: 0 }}>
        <main
          role="alert"
          style={{ maxWidth: "36rem", margin: "6rem auto", padding: "0 1.5rem", textAlign: "center" }}
        >
          <h1>Something went wrong</h1>
          <p>This page could not be shown just now. Nothing you saved is lost.</p>
          <p>
            <button type="button" onClick={reset} style={{ padding: "0.5rem 1rem", marginRight: "0.75rem" }}>
              Try again
            </button>
            <Link href="/">Home page</Link>
          </p>
        </main>
      </body>
    </html>
  );
}
