"use client";

import { useState } from "react";
import { useQuery } from "@tanstack/react-query";
import { Quote } from "lucide-react";
import { Button, Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle, DialogTrigger, Skeleton } from "@commonplace/ui";
import { Select } from "@/components/lists/select";
import { useCopy } from "@/lib/use-copy";
import { useTRPC } from "@/trpc/react";

/** The selected papers as a bibliography in a CSL style (the Cite engine, library.cite), to copy as text. */
export function LibraryCiteDialog({ paperIds }: { paperIds: string[] }) {
  const trpc = useTRPC();
  const [open, setOpen] = useState(false);
  const [style, setStyle] = useState("apa");
  const styles = useQuery({ ...trpc.cite.styles.queryOptions({}), enabled: open });
  const cited = useQuery({ ...trpc.library.cite.queryOptions({ paperIds: paperIds.slice(0, 1000), style }), enabled: open && paperIds.length > 0 });
  const { copied, copy } = useCopy(cited.data?.bibliography.text ?? "");
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant="secondary" size="sm">
          <Quote aria-hidden /> Cite
        </Button>
      </DialogTrigger>
      <DialogContent className="max-w-2xl">
        <DialogHeader>
          <DialogTitle>
            Cite {paperIds.length} {paperIds.length === 1 ? "paper" : "papers"}
          </DialogTitle>
          <DialogDescription>A bibliography in the style you choose; copy it as text.</DialogDescription>
        </DialogHeader>
        <label className="flex items-center gap-2 text-sm text-ink-muted">
          Style
          <Select value={style} onChange={(e) => setStyle(e.target.value)} className="min-w-0 flex-1 sm:w-64 sm:flex-none" data-testid="library-cite-style">
            {(styles.data?.styles ?? [{ key: "apa", title: "APA" }]).map((s) => (
              <option key={s.key} value={s.key}>
                {s.title}
              </option>
            ))}
          </Select>
        </label>
        {cited.data ? (
          <div
            className="max-h-[50vh] overflow-auto rounded-lg border border-line bg-paper-sunken/60 p-3 font-serif text-sm leading-relaxed break-words whitespace-pre-wrap text-ink"
            data-testid="library-cite-output"
          >
            {cited.data.bibliography.text}
          </div>
        ) : (
          <Skeleton className="h-32 rounded-lg" />
        )}
        <div className="flex justify-end">
          <Button size="sm" onClick={() => void copy()} disabled={!cited.data}>
            {copied ? "Copied" : "Copy bibliography"}
          </Button>
        </div>
      </DialogContent>
    </Dialog>
  );
}
