// Neutral on purpose: an unknown host or path names no school and no product.
export default function NotFound() {
  return (
    <main className="mx-auto max-w-xl px-6 py-24 text-center">
      <h1 className="text-3xl font-bold">Page not found</h1>
      <p className="mt-3 text-slate-700">Check the address, or ask your school for the right link.</p>
    </main>
  );
}
