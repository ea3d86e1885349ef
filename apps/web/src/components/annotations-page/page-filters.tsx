"use client";

import { X } from "lucide-react";
import { Button, Input } from "@commonplace/ui";
import { Select } from "@/components/lists/select";
import type { RouterOutputs } from "@/components/lists/types";
import { SCOPE_LABELS, SCOPES, type PageScope, type PageState } from "./page-state";

type Facets = RouterOutputs["annotationSearch"]["facets"];

const label = "text-xs font-medium text-ink-muted";

/** Paper, tag, person (a team's page), scope and date range. Choices come from the page's own facets. */
export function PageFilters({
  state,
  facets,
  team,
  onChange,
}: {
  state: PageState;
  facets: Facets | undefined;
  team: boolean;
  onChange: (next: PageState) => void;
}) {
  const set = (patch: Partial<PageState>) => onChange({ ...state, ...patch });
  const papers = facets?.papers ?? [];
  // A paper chosen from a result may be beyond the facet's top 100: keep it selectable.
  const paperKnown = !state.paperId || papers.some((p) => p.id === state.paperId);
  return (
    <div className="grid min-w-0 gap-4" data-testid="annotation-filters">
      <label className="grid min-w-0 gap-1.5">
        <span className={label}>Paper</span>
        <Select value={state.paperId} onChange={(e) => set({ paperId: e.target.value })} aria-label="Filter by paper" className="w-full min-w-0">
          <option value="">All papers</option>
          {!paperKnown ? <option value={state.paperId}>This paper</option> : null}
          {papers.map((p) => (
            <option key={p.id} value={p.id}>
              {p.title.length > 70 ? `${p.title.slice(0, 69)}…` : p.title} ({p.count})
            </option>
          ))}
        </Select>
      </label>
      <label className="grid min-w-0 gap-1.5">
        <span className={label}>Tag</span>
        <Select value={state.tag} onChange={(e) => set({ tag: e.target.value })} aria-label="Filter by tag" className="w-full min-w-0">
          <option value="">Any tag</option>
          {state.tag && !facets?.tags.some((t) => t.tag === state.tag) ? <option value={state.tag}>{state.tag}</option> : null}
          {(facets?.tags ?? []).map((t) => (
            <option key={t.tag} value={t.tag}>
              {t.tag} ({t.count})
            </option>
          ))}
        </Select>
      </label>
      {team ? (
        <label className="grid min-w-0 gap-1.5">
          <span className={label}>Person</span>
          <Select value={state.author} onChange={(e) => set({ author: e.target.value })} aria-label="Filter by person" className="w-full min-w-0">
            <option value="">Anyone</option>
            {state.author && !facets?.people.some((p) => p.handle === state.author) ? <option value={state.author}>@{state.author}</option> : null}
            {(facets?.people ?? []).map((p) => (
              <option key={p.handle} value={p.handle}>
                {p.name} ({p.count})
              </option>
            ))}
          </Select>
        </label>
      ) : null}
      <label className="grid min-w-0 gap-1.5">
        <span className={label}>Scope</span>
        <Select value={state.scope} onChange={(e) => set({ scope: e.target.value as PageScope | "" })} aria-label="Filter by scope" className="w-full min-w-0">
          <option value="">Any scope</option>
          {SCOPES.filter((s) => !team || s === "TEAM" || s === "LIST").map((s) => (
            <option key={s} value={s}>
              {SCOPE_LABELS[s]}
            </option>
          ))}
        </Select>
      </label>
      <fieldset className="grid min-w-0 gap-1.5">
        <legend className={`${label} mb-1.5`}>Written between</legend>
        <div className="grid grid-cols-2 gap-2">
          <Input
            type="date"
            aria-label="From date"
            value={state.from}
            max={state.to || undefined}
            onChange={(e) => set({ from: e.target.value })}
            className="min-w-0"
          />
          <Input
            type="date"
            aria-label="To date"
            value={state.to}
            min={state.from || undefined}
            onChange={(e) => set({ to: e.target.value })}
            className="min-w-0"
          />
        </div>
      </fieldset>
      {[state.paperId, state.tag, state.author, state.scope, state.from, state.to].some(Boolean) ? (
        <Button variant="ghost" size="sm" className="justify-self-start" onClick={() => set({ paperId: "", tag: "", author: "", scope: "", from: "", to: "" })}>
          <X aria-hidden /> Clear filters
        </Button>
      ) : null}
    </div>
  );
}
