"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Link2, RefreshCw, Share2, Trash2 } from "lucide-react";
import { Alert, Button, Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle, DialogTrigger, toast } from "@commonplace/ui";
import { useTRPC } from "@/trpc/react";
import { formErrorOf } from "@/lib/trpc-errors";
import { CopyField } from "./copy-field";
import type { ListDetail } from "./types";

/** The UNLISTED secret link and the live .bib URL (for LaTeX tools), with regenerate / revoke. */
export function ShareDialog({ list, shareToken, onChanged }: { list: ListDetail; shareToken?: string; onChanged: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const canManage = list.permissions.includes("list.share");
  const bibKey = trpc.lists.liveBib.queryKey({ listId: list.id, shareToken });
  const liveBib = useQuery({ ...trpc.lists.liveBib.queryOptions({ listId: list.id, shareToken }), enabled: list.permissions.includes("list.bib.read") });
  const onError = (error: unknown) => toast.error(formErrorOf(error) ?? "That didn’t work.");
  const regenerateBib = useMutation(
    trpc.lists.regenerateLiveBib.mutationOptions({ onSuccess: ({ url }) => queryClient.setQueryData(bibKey, { url }), onError }),
  );
  const revokeBib = useMutation(
    trpc.lists.revokeLiveBib.mutationOptions({
      onSuccess: () => {
        queryClient.setQueryData(bibKey, { url: null });
        toast.success("Live .bib URL revoked", { description: "Tools using the old URL can no longer fetch this list." });
      },
      onError,
    }),
  );
  const regenerateShare = useMutation(
    trpc.lists.regenerateShareLink.mutationOptions({
      onSuccess: () => {
        onChanged();
        toast.success("New secret link created", { description: "The old link no longer opens this list." });
      },
      onError,
    }),
  );

  return (
    <Dialog>
      <DialogTrigger asChild>
        <Button variant="secondary" size="sm">
          <Share2 aria-hidden /> Share
        </Button>
      </DialogTrigger>
      <DialogContent className="max-w-xl">
        <DialogHeader>
          <DialogTitle>Share “{list.title}”</DialogTitle>
          <DialogDescription>Who can open this list depends on its visibility. Links below are secrets: share them with care.</DialogDescription>
        </DialogHeader>

        <section className="grid gap-2" aria-labelledby="share-link-title">
          <h3 id="share-link-title" className="flex items-center gap-1.5 text-sm font-semibold text-ink">
            <Link2 aria-hidden className="size-4 text-ink-muted" /> Secret link
          </h3>
          {list.visibility === "UNLISTED" && list.shareUrl ? (
            <>
              <CopyField value={list.shareUrl} label="secret link" testId="share-url" />
              {canManage ? (
                <div>
                  <Button variant="ghost" size="sm" loading={regenerateShare.isPending} onClick={() => regenerateShare.mutate({ listId: list.id, shareToken })}>
                    <RefreshCw aria-hidden /> New link (the old one stops working)
                  </Button>
                </div>
              ) : null}
            </>
          ) : list.visibility === "PUBLIC" ? (
            <CopyField value={typeof window === "undefined" ? "" : `${window.location.origin}/lists/${list.id}`} label="public link" />
          ) : (
            <Alert>Set the visibility to Unlisted to get a secret link anyone can open, or Public to publish it on your profile.</Alert>
          )}
        </section>

        {list.permissions.includes("list.bib.read") ? (
          <section className="grid gap-2 border-t border-line pt-4" aria-labelledby="live-bib-title">
            <h3 id="live-bib-title" className="text-sm font-semibold text-ink">
              Live .bib URL
            </h3>
            <p className="text-sm leading-relaxed text-ink-muted">
              A stable address that always serves this list as BibTeX — point Overleaf, JabRef or your LaTeX build at it.
            </p>
            {liveBib.data?.url ? (
              <CopyField value={liveBib.data.url} label="live .bib URL" testId="live-bib-url" />
            ) : liveBib.isLoading ? null : (
              <p className="text-sm text-ink-subtle">No live URL yet.</p>
            )}
            {canManage ? (
              <div className="flex flex-wrap gap-2">
                <Button variant="secondary" size="sm" loading={regenerateBib.isPending} onClick={() => regenerateBib.mutate({ listId: list.id, shareToken })}>
                  <RefreshCw aria-hidden /> {liveBib.data?.url ? "Regenerate" : "Create live URL"}
                </Button>
                {liveBib.data?.url ? (
                  <Button variant="ghost" size="sm" loading={revokeBib.isPending} onClick={() => revokeBib.mutate({ listId: list.id, shareToken })}>
                    <Trash2 aria-hidden /> Revoke
                  </Button>
                ) : null}
              </div>
            ) : null}
          </section>
        ) : null}
      </DialogContent>
    </Dialog>
  );
}
