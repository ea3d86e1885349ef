/** "Ada Lovelace, Alan Turing, Grace Hopper +4" — the first few names, then how many more. */
export function formatAuthors(authors: readonly string[], max = 3): string {
  if (authors.length === 0) return "";
  if (authors.length <= max + 1) return authors.join(", ");
  return `${authors.slice(0, max).join(", ")} +${authors.length - max}`;
}

/** "2024-03-17" → "17 March 2024" (dates are calendar dates: no time-zone shifts). */
export function formatDate(isoDate: string): string {
  const [y, m, d] = isoDate.split("-").map(Number);
  if (!y || !m) return isoDate;
  const date = new Date(Date.UTC(y, m - 1, d || 1));
  return new Intl.DateTimeFormat("en-GB", { day: d ? "numeric" : undefined, month: "long", year: "numeric", timeZone: "UTC" }).format(date);
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;
}
