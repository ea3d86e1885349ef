"use client";

import { useQueryClient } from "@tanstack/react-query";
import { Download, FileCode2, FileJson, FileText, Highlighter, NotebookText } from "lucide-react";
import { Button, DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuLabel, DropdownMenuSeparator, DropdownMenuTrigger } from "@commonplace/ui";
import { useTRPC } from "@/trpc/react";
import { downloadExport } from "@/lib/download";

const formats = [
  { format: "bibtex", label: "BibTeX", hint: ".bib", Icon: FileCode2 },
  { format: "ris", label: "RIS", hint: ".ris", Icon: FileText },
  { format: "csl-json", label: "CSL-JSON", hint: ".json", Icon: FileJson },
  { format: "markdown", label: "Markdown", hint: ".md", Icon: NotebookText },
] as const;

const annotationFormats = [
  { format: "markdown", label: "Annotations, Markdown", hint: ".md" },
  { format: "jsonld", label: "Annotations, W3C JSON-LD", hint: ".jsonld" },
] as const;

/** Downloads the list's citations (with `tag`: only the items carrying that team tag) in a format, rendered by the API. */
export function ExportMenu({ listId, shareToken, tag }: { listId: string; shareToken?: string; tag?: string | null }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();

  const download = (format: (typeof formats)[number]["format"]) =>
    downloadExport(
      () => queryClient.fetchQuery({ ...trpc.lists.export.queryOptions({ listId, shareToken, format, ...(tag ? { tag } : {}) }), staleTime: 0 }),
      "Couldn’t export this list.",
      ["paper", "papers"],
    );

  // Issue 16.5: the annotations one may see on the list's papers in the list's scope (annotations.export).
  const downloadAnnotations = (format: (typeof annotationFormats)[number]["format"]) =>
    downloadExport(
      () => queryClient.fetchQuery({ ...trpc.annotations.export.queryOptions({ listId, shareToken, format }), staleTime: 0 }),
      "Couldn’t export the annotations.",
      ["annotation", "annotations"],
    );

  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button variant="secondary" size="sm">
          <Download aria-hidden /> Export
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent className="w-64">
        <DropdownMenuLabel>{tag ? `Download “${tag}” citations` : "Download citations"}</DropdownMenuLabel>
        {formats.map(({ format, label, hint, Icon }) => (
          <DropdownMenuItem key={format} onSelect={() => void download(format)}>
            <Icon aria-hidden /> {label}
            <span className="ml-auto font-mono text-[11px] text-ink-subtle">{hint}</span>
          </DropdownMenuItem>
        ))}
        <DropdownMenuSeparator />
        <DropdownMenuLabel>Annotations on this list</DropdownMenuLabel>
        {annotationFormats.map(({ format, label, hint }) => (
          <DropdownMenuItem key={format} onSelect={() => void downloadAnnotations(format)}>
            <Highlighter aria-hidden /> {label}
            <span className="ml-auto font-mono text-[11px] text-ink-subtle">{hint}</span>
          </DropdownMenuItem>
        ))}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
