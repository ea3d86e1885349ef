"use client";

import { useQuery } from "@tanstack/react-query";
import { Lock } from "lucide-react";
import { useTRPC } from "@/trpc/react";
import { Select } from "@/components/lists/select";

export type PdfChoice = { visibility: "PRIVATE" | "TEAM" | "PUBLIC"; team: string | null };

const OPTIONS: { value: PdfChoice["visibility"]; label: string; help: string }[] = [
  { value: "PRIVATE", label: "Only me", help: "The PDF and the text read from it stay yours: nobody else can open, search or quote them." },
  { value: "TEAM", label: "A team", help: "The members of the team you choose can open the PDF. Its text is still not searchable by others." },
  {
    value: "PUBLIC",
    label: "Everyone",
    help: "Anyone can open the PDF and search its full text. For a paper already here, an administrator reviews the text first.",
  },
];

/**
 * Who may see uploaded PDFs, said plainly before the upload (issue 13.2): private unless the uploader
 * chooses a team or everyone. The paper's title and authors join the shared catalogue either way.
 */
export function PdfVisibility({ value, onChange, disabled }: { value: PdfChoice; onChange: (next: PdfChoice) => void; disabled?: boolean }) {
  const trpc = useTRPC();
  const teams = useQuery(trpc.teams.mine.queryOptions());
  const chosen = OPTIONS.find((o) => o.value === value.visibility)!;
  return (
    <fieldset className="grid gap-2 rounded-lg border border-line p-3" disabled={disabled} data-testid="pdf-visibility">
      <legend className="flex items-center gap-1.5 px-1 text-sm font-medium text-ink">
        <Lock aria-hidden className="size-3.5 text-ink-muted" /> Who can see the PDFs you upload
      </legend>
      <div className="flex flex-wrap gap-x-4 gap-y-1.5">
        {OPTIONS.map((o) => (
          <label key={o.value} className="inline-flex items-center gap-1.5 text-sm text-ink">
            <input
              type="radio"
              name="pdfVisibility"
              value={o.value}
              checked={value.visibility === o.value}
              disabled={o.value === "TEAM" && (teams.data ?? []).length === 0}
              onChange={() => onChange({ visibility: o.value, team: o.value === "TEAM" ? (value.team ?? teams.data?.[0]?.slug ?? null) : null })}
            />
            {o.label}
          </label>
        ))}
      </div>
      {value.visibility === "TEAM" ? (
        <Select aria-label="Team" value={value.team ?? ""} className="w-60" onChange={(e) => onChange({ visibility: "TEAM", team: e.target.value })}>
          {(teams.data ?? []).map((t) => (
            <option key={t.slug} value={t.slug}>
              {t.name}
            </option>
          ))}
        </Select>
      ) : null}
      <p className="text-xs leading-relaxed text-ink-muted" data-testid="pdf-visibility-help">
        {chosen.help} Titles and authors of new papers join the shared catalogue either way; BibTeX, RIS and other metadata files are not affected.
      </p>
    </fieldset>
  );
}
