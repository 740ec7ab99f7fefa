// CSV as spreadsheets read it: RFC 4180 quoting, CRLF line ends, a BOM so Excel reads UTF-8, and
// formula-looking cells defused (a leading = + - @ would run as a formula when opened).
type Cell = string | number | boolean | null | undefined;

function cell(value: Cell): string {
  let text = value === null || value === undefined ? "" : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: string[], rows: Cell[][]): string {
  return "\uFEFF" + [header, ...rows].map((row) => row.map(cell).join(",")).join("\r\n") + "\r\n";
}
