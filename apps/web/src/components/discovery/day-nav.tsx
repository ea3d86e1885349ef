import Link from "next/link";
import { ChevronLeft, ChevronRight } from "lucide-react";

/** "2024-03-04" → "Monday, 4 March 2024" (a calendar day: no time-zone shift). */
export function longDay(day: string): string {
  return new Intl.DateTimeFormat("en-GB", { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(
    new Date(`${day}T00:00:00Z`),
  );
}

const shortDay = (day: string) => new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" }).format(new Date(`${day}T00:00:00Z`));

const navLink =
  "inline-flex h-9 items-center gap-1 rounded-lg border border-line bg-surface px-3 text-sm font-medium text-ink transition-colors hover:border-accent hover:text-accent";
const disabled = "inline-flex h-9 items-center gap-1 rounded-lg border border-line px-3 text-sm text-ink-subtle";

/** Previous / next day that has papers (days without any are skipped). */
export function DayNav({ previous, next, latest, date }: { previous: string | null; next: string | null; latest: string | null; date: string }) {
  return (
    <nav aria-label="Days" className="flex flex-wrap items-center gap-2">
      {previous ? (
        <Link href={`/daily/${previous}`} className={navLink} rel="prev" data-testid="day-previous">
          <ChevronLeft aria-hidden className="size-4" /> {shortDay(previous)}
        </Link>
      ) : (
        <span className={disabled} aria-disabled>
          <ChevronLeft aria-hidden className="size-4" /> Earlier
        </span>
      )}
      {next ? (
        <Link href={`/daily/${next}`} className={navLink} rel="next" data-testid="day-next">
          {shortDay(next)} <ChevronRight aria-hidden className="size-4" />
        </Link>
      ) : (
        <span className={disabled} aria-disabled>
          Later <ChevronRight aria-hidden className="size-4" />
        </span>
      )}
      {latest && latest !== date ? (
        <Link href={`/daily/${latest}`} className="ml-1 text-sm font-medium text-accent hover:underline hover:underline-offset-4">
          Latest day
        </Link>
      ) : null}
    </nav>
  );
}
