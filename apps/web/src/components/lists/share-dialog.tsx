"use client";

import { useEffect, useRef } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Link2, RefreshCw, Share2, Trash2 } from "lucide-react";
import { Alert, Button, Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle, DialogTrigger, toast } from "@commonplace/ui";
import { useTRPC } from "@/trpc/react";
import { formErrorOf } from "@/lib/trpc-errors";
import { CopyField } from "./copy-field";
import { visibilityHelp, visibilityInfo } from "./labels";
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

  useVisibilityToast(list);
  const publicUrl = typeof window === "undefined" ? "" : `${window.location.origin}/lists/${list.id}`;

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
          <DialogDescription>
            {visibilityInfo[list.visibility].label}: {visibilityHelp(list.visibility, list)}
            {list.visibility === "UNLISTED" || list.permissions.includes("list.bib.read")
              ? " Secret links open the list without signing in: share them with care."
              : null}
          </DialogDescription>
        </DialogHeader>

        <section className="grid gap-2" aria-labelledby="share-link-title">
          <h3 id="share-link-title" className="flex items-center gap-1.5 text-sm font-semibold text-ink">
            <Link2 aria-hidden className="size-4 text-ink-muted" />{" "}
            {list.visibility === "PUBLIC" ? "Public link" : list.visibility === "UNLISTED" ? "Secret link" : "Link"}
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
            <CopyField value={publicUrl} label="public link" testId="public-url" />
          ) : (
            <Alert>
              Set the visibility to Unlisted to get a secret link anyone can open, or Public to publish it{" "}
              {list.team ? `on ${list.team.name}’s public team page` : "on your profile"}.
            </Alert>
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

/** Says so when the list's visibility changes while it is open (after the server confirmed it), with its link. */
function useVisibilityToast(list: ListDetail) {
  const seen = useRef(list.visibility);
  useEffect(() => {
    if (seen.current === list.visibility) return;
    seen.current = list.visibility;
    const label = visibilityInfo[list.visibility].label.toLowerCase();
    const url = list.visibility === "PUBLIC" ? `${window.location.origin}/lists/${list.id}` : list.visibility === "UNLISTED" ? list.shareUrl : null;
    toast.success(`“${list.title}” is now ${label}`, {
      description: visibilityHelp(list.visibility, list),
      action: url ? { label: "Copy link", onClick: () => void navigator.clipboard?.writeText(url) } : undefined,
    });
  }, [list]);
}
