// Intl.DateTimeFormat objects are slow to build (the locale's data is looked up each time) and
// cheap to reuse: a roster of 35 dates built 35 of them per page. One per locale and options.
const formats = new Map<string, Intl.DateTimeFormat>();

export function dateTimeFormat(
  locale: string | undefined,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const key = `${locale ?? ""}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    if (formats.size >= 1_000) formats.clear(); // many schools' timezones and locales, still bounded
    format = new Intl.DateTimeFormat(locale, options);
    formats.set(key, format);
  }
  return format;
}

const numbers = new Map<string, Intl.NumberFormat>();

/** The same for numbers. */
export function numberFormat(
  locale: string | undefined,
  options: Intl.NumberFormatOptions,
): Intl.NumberFormat {
  const key = `${locale ?? ""}|${JSON.stringify(options)}`;
  let format = numbers.get(key);
  if (!format) {
    if (numbers.size >= 1_000) numbers.clear();
    format = new Intl.NumberFormat(locale, options);
    numbers.set(key, format);
  }
  return format;
}
