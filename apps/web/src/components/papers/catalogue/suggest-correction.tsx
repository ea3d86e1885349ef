"use client";

import { useState, type FormEvent, type ReactNode } from "react";
import { useRouter } from "next/navigation";
import { useMutation } from "@tanstack/react-query";
import {
  Alert,
  Button,
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
  FormField,
  Input,
  Textarea,
  toast,
} from "@commonplace/ui";
import { useTRPC } from "@/trpc/react";
import { fieldErrorsOf, fieldForError, formErrorOf } from "@/lib/trpc-errors";

export type CorrectablePaper = {
  id: string;
  title: string;
  authors: { name: string }[];
  publishedAt: string | null;
  year: number | null;
  venue: string | null;
  abstract: string | null;
  identifiers: { arxiv: string | null; doi: string | null };
};

const FIELDS = ["title", "authors", "published", "venue", "doi", "arxivId", "abstract", "note"] as const;

/**
 * "Suggest a correction" (issue 15.6): the paper's record in a form. Only what differs is sent
 * (catalogue.suggest): an administrator's correction is applied at once, anyone else's waits for review.
 */
export function SuggestCorrection({ paper, canEdit, trigger }: { paper: CorrectablePaper; canEdit: boolean; trigger: ReactNode }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const suggest = useMutation(
    trpc.catalogue.suggest.mutationOptions({
      onSuccess: (result) => {
        setOpen(false);
        if (result.status === "APPLIED") toast.success("Corrected. The change is in the paper's history.");
        else toast.success("Thank you. An administrator will review your suggestion.");
        router.refresh();
      },
    }),
  );
  const errors = fieldErrorsOf(suggest.error);
  const serverField = fieldForError(suggest.error, FIELDS);
  const formError = formErrorOf(suggest.error);
  const errorFor = (name: (typeof FIELDS)[number]) => errors[name] ?? (serverField === name ? formError : null);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? "");
    const authors = text("authors")
      .split("\n")
      .map((a) => a.trim())
      .filter(Boolean);
    // Only the fields that differ from the record: the API applies or proposes exactly those.
    const input: Parameters<typeof suggest.mutate>[0] = { paperId: paper.id, note: text("note") || undefined };
    if (text("title").trim() !== paper.title) input.title = text("title");
    if (authors.join("\n") !== paper.authors.map((a) => a.name).join("\n")) input.authors = authors;
    if (text("published").trim() !== (paper.publishedAt ?? (paper.year ? String(paper.year) : ""))) input.published = text("published");
    if (text("venue").trim() !== (paper.venue ?? "")) input.venue = text("venue");
    if (text("doi").trim() !== (paper.identifiers.doi ?? "")) input.doi = text("doi");
    if (text("arxivId").trim() !== (paper.identifiers.arxiv ?? "")) input.arxivId = text("arxivId");
    if (text("abstract").trim() !== (paper.abstract ?? "").trim()) input.abstract = text("abstract");
    suggest.mutate(input);
  }

  return (
    <Dialog open={open} onOpenChange={(o) => (setOpen(o), o || suggest.reset())}>
      <DialogTrigger asChild>{trigger}</DialogTrigger>
      <DialogContent className="max-h-[calc(100dvh-2rem)] max-w-2xl overflow-y-auto p-5 sm:p-6">
        <DialogHeader>
          <DialogTitle>Suggest a correction</DialogTitle>
          <DialogDescription>
            {canEdit
              ? "As an administrator, your correction changes the paper for everyone at once. It is recorded in the paper's history and can be reverted."
              : "Change what is wrong. An administrator reviews your suggestion before it changes the paper for everyone."}
          </DialogDescription>
        </DialogHeader>
        <form onSubmit={onSubmit} className="grid gap-4" noValidate data-testid="correction-form">
          <FormField label="Title" error={errorFor("title")}>
            <Textarea name="title" rows={2} defaultValue={paper.title} maxLength={2000} />
          </FormField>
          <FormField label="Authors" description="One per line, in order." error={errorFor("authors")}>
            <Textarea name="authors" rows={Math.min(8, Math.max(3, paper.authors.length))} defaultValue={paper.authors.map((a) => a.name).join("\n")} />
          </FormField>
          <div className="grid gap-4 sm:grid-cols-2 [&>*]:content-start">
            <FormField label="Publication date" description="YYYY-MM-DD, or the year alone." error={errorFor("published")}>
              <Input name="published" inputMode="numeric" placeholder="2017-06-12" defaultValue={paper.publishedAt ?? (paper.year ? String(paper.year) : "")} />
            </FormField>
            <FormField label="Venue" error={errorFor("venue")}>
              <Input name="venue" placeholder="e.g. NeurIPS" defaultValue={paper.venue ?? ""} maxLength={500} />
            </FormField>
            <FormField label="DOI" error={errorFor("doi")}>
              <Input name="doi" className="font-mono text-[13px]" placeholder="10.1234/abc" defaultValue={paper.identifiers.doi ?? ""} />
            </FormField>
            <FormField label="arXiv id" error={errorFor("arxivId")}>
              <Input name="arxivId" className="font-mono text-[13px]" placeholder="1706.03762" defaultValue={paper.identifiers.arxiv ?? ""} />
            </FormField>
          </div>
          <FormField label="Abstract" error={errorFor("abstract")}>
            <Textarea name="abstract" rows={5} defaultValue={paper.abstract ?? ""} />
          </FormField>
          <FormField label="Source or reason" description="Optional: where the right values can be checked (shown to administrators)." error={errorFor("note")}>
            <Input name="note" maxLength={500} placeholder="e.g. the publisher's page" />
          </FormField>
          {formError && !serverField ? <Alert variant="danger">{formError}</Alert> : null}
          <DialogFooter>
            <Button type="button" variant="ghost" onClick={() => setOpen(false)}>
              Cancel
            </Button>
            <Button type="submit" loading={suggest.isPending}>
              {canEdit ? "Apply correction" : "Send suggestion"}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
