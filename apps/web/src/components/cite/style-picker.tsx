"use client";

import { Label } from "@commonplace/ui";
import { Select } from "@/components/lists/select";

type Style = { key: string; title: string; source: "builtin" | "personal" | "team"; teamSlug: string | null };

const groups = [
  { source: "builtin", label: "Styles" },
  { source: "personal", label: "Your styles" },
  { source: "team", label: "Team styles" },
] as const;

/** A native select of the styles the caller may cite in, grouped by where they come from. */
export function StylePicker({ styles, value, onChange, loading }: { styles: Style[]; value: string; onChange: (key: string) => void; loading: boolean }) {
  return (
    <div className="grid gap-1.5">
      <Label htmlFor="cite-style">Style</Label>
      <Select id="cite-style" className="w-full" value={value} disabled={loading} onChange={(e) => onChange(e.target.value)} data-testid="cite-style">
        {loading ? <option value={value}>Loading styles…</option> : null}
        {groups.map(({ source, label }) => {
          const members = styles.filter((s) => s.source === source);
          return members.length ? (
            <optgroup key={source} label={label}>
              {members.map((s) => (
                <option key={`${source}-${s.key}`} value={s.key}>
                  {s.title}
                  {s.teamSlug ? ` (${s.teamSlug})` : ""}
                </option>
              ))}
            </optgroup>
          ) : null;
        })}
      </Select>
    </div>
  );
}
