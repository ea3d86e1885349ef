"use client";

import { Button, Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@commonplace/ui";
import { visibilityInfo, type Visibility } from "./labels";
import type { ListDetail } from "./types";

/**
 * Asked before a list becomes UNLISTED or PUBLIC: says plainly what people outside it will then see. The
 * API decides who may do it (list.share, the list's managers); this only makes sure they mean it.
 */
export function PublishConfirm({
  list,
  next,
  onConfirm,
  onCancel,
}: {
  list: ListDetail;
  next: Visibility | null;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const open = next === "PUBLIC" || next === "UNLISTED";
  const who = next === "PUBLIC" ? "Anyone, signed in or not," : "Anyone who has the secret link";
  return (
    <Dialog open={open} onOpenChange={(o) => (o ? null : onCancel())}>
      <DialogContent className="max-w-lg" data-testid="publish-confirm">
        <DialogHeader>
          <DialogTitle>
            Make “{list.title}” {next ? visibilityInfo[next].label.toLowerCase() : ""}?
          </DialogTitle>
          <DialogDescription>{who} will be able to see:</DialogDescription>
        </DialogHeader>
        <ul className="ml-5 list-disc space-y-1 text-sm text-ink">
          <li>its title, description and every paper in it ({list.counts.total}),</li>
          <li>the notes, tags, reading status and assignees on its items,</li>
          <li>the annotations written in this list — including ones that were only for {list.team ? "the team" : "you"}.</li>
          {next === "PUBLIC" ? <li>{list.team ? "the team’s public page and feeds" : "your profile and feeds"} will list it.</li> : null}
        </ul>
        <DialogFooter>
          <Button variant="ghost" onClick={onCancel}>
            Cancel
          </Button>
          <Button onClick={onConfirm}>Make it {next ? visibilityInfo[next].label.toLowerCase() : ""}</Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
