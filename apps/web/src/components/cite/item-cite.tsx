"use client";

import { Quote } from "lucide-react";
import { Button, DropdownMenuItem } from "@commonplace/ui";
import { CiteDialog } from "./cite-dialog";

// A list item's Cite: an entry of its "More actions" menu for editors, an icon button for readers (who have
// no menu), and the dialog both open, citing that one item.

export function CiteMenuItem({ onSelect }: { onSelect: () => void }) {
  return (
    <DropdownMenuItem onSelect={onSelect} data-testid="item-cite">
      <Quote aria-hidden /> Cite
    </DropdownMenuItem>
  );
}

export function CiteIconButton({ paperTitle, onClick }: { paperTitle: string; onClick: () => void }) {
  return (
    <Button type="button" variant="ghost" size="icon-sm" aria-label={`Cite “${paperTitle}”`} onClick={onClick} data-testid="item-cite">
      <Quote aria-hidden />
    </Button>
  );
}

type Item = { id: string; listId: string; paper: { id: string; title: string } };

export function ItemCiteDialog({ item, shareToken, signedIn, onClose }: { item: Item; shareToken?: string; signedIn: boolean; onClose: () => void }) {
  return (
    <CiteDialog
      target={{ kind: "list", listId: item.listId, shareToken, itemIds: [item.id], paperId: item.paper.id, title: item.paper.title }}
      open
      onOpenChange={(open) => (open ? undefined : onClose())}
      signedIn={signedIn}
    />
  );
}
