// Dates arrive as ISO timestamps (Atom), RFC 2822 strings (arXiv snapshot "versions"), bare
// YYYY-MM-DD (update_date) or CSL date-parts. Everything becomes YYYY-MM-DD in UTC, or undefined.

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/;

export function toIsoDate(value: unknown): string | undefined {
  if (typeof value !== "string" || value.trim() === "") return undefined;
  const s = value.trim();
  const m = ISO_DAY.exec(s);
  if (m) return validDay(Number(m[1]), Number(m[2]), Number(m[3]));
  const t = Date.parse(s);
  if (Number.isNaN(t)) return undefined;
  const d = new Date(t);
  return validDay(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

export function fromDateParts(parts: unknown): { iso?: string; year?: number; month?: number } {
  if (!Array.isArray(parts) || !Array.isArray(parts[0])) return {};
  const [y, m, d] = (parts[0] as unknown[]).map((p) => Number(p));
  if (y === undefined || !Number.isInteger(y) || y < 1000 || y > 9999) return {};
  const month = m !== undefined && Number.isInteger(m) && m >= 1 && m <= 12 ? m : undefined;
  if (month && d !== undefined && Number.isInteger(d)) {
    const iso = validDay(y, month, d);
    return iso ? { year: y, month, iso } : { year: y, month };
  }
  return month ? { year: y, month } : { year: y };
}

function validDay(y: number, m: number, d: number): string | undefined {
  if (!(y >= 1000 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= 31)) return undefined;
  const probe = new Date(Date.UTC(y, m - 1, d));
  if (probe.getUTCMonth() !== m - 1) return undefined; // 31 Feb and friends
  return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}
