"use client";

import { Globe, Lock, Users } from "lucide-react";
import { cn } from "@commonplace/ui";
import type { Visibility } from "./colors";

export type Scope = { visibility: Visibility; teamSlug?: string };

const visibilityOptions = [
  { value: "PRIVATE", label: "Only me", Icon: Lock },
  { value: "TEAM", label: "Team", Icon: Users },
  { value: "PUBLIC", label: "Public", Icon: Globe },
] as const;

/** Who will see a new thread: private, one of your teams (where you may write), or public. */
export function ScopePicker({ scope, onChange, teams }: { scope: Scope; onChange: (s: Scope) => void; teams: { slug: string; name: string }[] }) {
  const options = visibilityOptions.filter((o) => o.value !== "TEAM" || teams.length > 0);
  return (
    <div className="grid gap-2">
      <div role="radiogroup" aria-label="Visibility" className="inline-flex w-fit rounded-lg border border-line bg-paper-sunken p-0.5">
        {options.map(({ value, label, Icon }) => (
          <button
            key={value}
            type="button"
            role="radio"
            aria-checked={scope.visibility === value}
            onClick={() => onChange({ visibility: value, teamSlug: value === "TEAM" ? (scope.teamSlug ?? teams[0]?.slug) : undefined })}
            className={cn(
              "inline-flex h-7 items-center gap-1.5 rounded-md px-2.5 text-xs font-medium transition-colors",
              scope.visibility === value ? "bg-surface-raised text-ink shadow-sm" : "text-ink-muted hover:text-ink",
            )}
          >
            <Icon aria-hidden className="size-3.5" /> {label}
          </button>
        ))}
      </div>
      {scope.visibility === "TEAM" && teams.length > 0 ? (
        <label className="flex items-center gap-2 text-xs text-ink-muted">
          Team
          <select
            aria-label="Team"
            value={scope.teamSlug ?? teams[0]!.slug}
            onChange={(e) => onChange({ visibility: "TEAM", teamSlug: e.target.value })}
            className="h-7 min-w-0 flex-1 rounded-md border border-line-strong bg-surface-raised px-2 text-xs text-ink focus-visible:outline-2 focus-visible:outline-ring"
          >
            {teams.map((t) => (
              <option key={t.slug} value={t.slug}>
                {t.name}
              </option>
            ))}
          </select>
        </label>
      ) : null}
    </div>
  );
}
