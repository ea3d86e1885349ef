"use client";

import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { AlertCircle } from "lucide-react";
import { Alert, Button, FormField, Textarea } from "@commonplace/ui";
import { fieldErrorsOf, formErrorOf } from "@/lib/trpc-errors";
import { useTRPC } from "@/trpc/react";

const PLACEHOLDER = `2106.09685
https://arxiv.org/abs/1706.03762v7
10.48550/arXiv.2305.18290

@article{hu2021lora,
  title  = {LoRA: Low-Rank Adaptation of Large Language Models},
  author = {Hu, Edward J. and Shen, Yelong},
  year   = {2021}
}`;

/** Paste arXiv ids, DOIs and URLs (one per line), or BibTeX / RIS / CSL-JSON text. */
export function PasteForm({ onStarted }: { onStarted: (runId: string) => void }) {
  const trpc = useTRPC();
  const [text, setText] = useState("");
  const mutation = useMutation(
    trpc.ingest.fromText.mutationOptions({
      onSuccess: ({ runId }) => {
        setText("");
        onStarted(runId);
      },
    }),
  );
  const fieldError = fieldErrorsOf(mutation.error).text;
  const formError = fieldError ? null : formErrorOf(mutation.error);

  function submit(event: FormEvent) {
    event.preventDefault();
    mutation.mutate({ text });
  }

  return (
    <form onSubmit={submit} className="grid gap-4" noValidate>
      <FormField
        label="Identifiers or citations"
        description="One identifier per line, or a whole BibTeX, RIS or CSL-JSON export. Papers already here are updated, never duplicated."
        error={fieldError}
      >
        <Textarea
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            if (mutation.isError) mutation.reset();
          }}
          onKeyDown={(e) => {
            if (e.key === "Enter" && (e.metaKey || e.ctrlKey)) submit(e);
          }}
          rows={9}
          placeholder={PLACEHOLDER}
          spellCheck={false}
          className="font-mono text-[13px] leading-relaxed placeholder:text-ink-subtle/70"
          data-testid="paste-input"
        />
      </FormField>
      {formError ? (
        <Alert variant="danger">
          <AlertCircle aria-hidden />
          <span>{formError}</span>
        </Alert>
      ) : null}
      <div className="flex items-center justify-between gap-3">
        <p className="hidden text-xs text-ink-subtle sm:block">
          <kbd className="rounded border border-line bg-paper-sunken px-1 font-sans text-[11px]">Ctrl</kbd> +{" "}
          <kbd className="rounded border border-line bg-paper-sunken px-1 font-sans text-[11px]">Enter</kbd> to import
        </p>
        <Button type="submit" loading={mutation.isPending} disabled={!text.trim()} className="ml-auto">
          Import pasted text
        </Button>
      </div>
    </form>
  );
}
