"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Upload } from "lucide-react";
import { useRef, useState } from "react";
import { Button, toast } from "@commonplace/ui";
import { useTRPC } from "@/trpc/react";
import { fieldErrorsOf, formErrorOf } from "@/lib/trpc-errors";
import { Select } from "@/components/lists/select";

const MAX_BYTES = 256 * 1024;

/** Upload a .csl style for yourself, or for the list's team; the server checks it against the CSL schema. */
export function AddStyle({ team, onAdded }: { team: { slug: string; name: string } | null; onAdded: (key: string) => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const input = useRef<HTMLInputElement>(null);
  const [owner, setOwner] = useState<string>("me");
  const add = useMutation(
    trpc.cite.addStyle.mutationOptions({
      onSuccess: (style) => {
        void queryClient.invalidateQueries({ queryKey: trpc.cite.styles.pathKey() });
        onAdded(style.key);
        toast.success(`Added “${style.title}”`, {
          description: style.teamSlug ? `Everyone in ${team?.name ?? style.teamSlug} can cite with it.` : "Only you can cite with it.",
        });
      },
      onError: (error) =>
        toast.error("This style was not added", { description: formErrorOf(error) ?? fieldErrorsOf(error).xml?.[0] ?? "Please try another file." }),
    }),
  );

  async function upload(file: File | undefined) {
    if (!file) return;
    if (file.size > MAX_BYTES) {
      toast.error("This style file is too large", { description: `A .csl file is at most ${MAX_BYTES / 1024} KB.` });
      return;
    }
    add.mutate({ xml: await file.text(), ...(owner !== "me" ? { teamSlug: owner } : {}) });
    if (input.current) input.current.value = "";
  }

  return (
    <div className="flex flex-wrap items-center gap-2 border-t border-line pt-4 text-[13px] text-ink-muted">
      <span>Need another style?</span>
      {team ? (
        <Select aria-label="Add the style for" value={owner} onChange={(e) => setOwner(e.target.value)} className="[&_select]:h-8 [&_select]:text-[13px]">
          <option value="me">For me</option>
          <option value={team.slug}>For {team.name}</option>
        </Select>
      ) : null}
      <input
        ref={input}
        type="file"
        accept=".csl,application/vnd.citationstyles.style+xml,text/xml,application/xml"
        className="sr-only"
        onChange={(e) => void upload(e.target.files?.[0])}
        aria-label="Add a .csl style file"
        data-testid="cite-add-style"
      />
      <Button type="button" size="sm" variant="ghost" disabled={add.isPending} onClick={() => input.current?.click()}>
        <Upload aria-hidden /> {add.isPending ? "Checking…" : "Add a .csl style"}
      </Button>
    </div>
  );
}
