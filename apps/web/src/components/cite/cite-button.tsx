"use client";

import { Quote } from "lucide-react";
import { useState } from "react";
import { Button } from "@commonplace/ui";
import { CiteDialog } from "./cite-dialog";
import type { CiteTarget } from "./types";

/** "Cite" beside a paper's or a list's other actions: opens the Cite dialog. */
export function CiteButton({ target, signedIn, size = "sm" }: { target: CiteTarget; signedIn: boolean; size?: "sm" | "md" }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button type="button" variant="secondary" size={size} onClick={() => setOpen(true)} data-testid="cite-button">
        <Quote aria-hidden /> Cite
      </Button>
      {open ? <CiteDialog target={target} open={open} onOpenChange={setOpen} signedIn={signedIn} /> : null}
    </>
  );
}
