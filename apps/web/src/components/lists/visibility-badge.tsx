import { Badge } from "@commonplace/ui";
import { visibilityInfo, type Visibility } from "./labels";

export function VisibilityBadge({ visibility }: { visibility: Visibility }) {
  const { label, Icon, help } = visibilityInfo[visibility];
  return (
    <Badge variant={visibility === "PUBLIC" ? "accent" : "neutral"} title={help} data-testid="visibility-badge">
      <Icon aria-hidden /> {label}
    </Badge>
  );
}

export function ProgressBar({ read, total, className }: { read: number; total: number; className?: string }) {
  const pct = total === 0 ? 0 : Math.round((read / total) * 100);
  return (
    <div className={className}>
      <div
        role="progressbar"
        aria-label="Read"
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={read}
        aria-valuetext={`${read} of ${total} read`}
        className="h-1.5 overflow-hidden rounded-full bg-paper-sunken"
      >
        <div className="h-full rounded-full bg-accent transition-[width] duration-300" style={{ width: `${pct}%` }} />
      </div>
    </div>
  );
}
