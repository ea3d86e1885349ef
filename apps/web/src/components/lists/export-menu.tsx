"use client";

import { useQueryClient } from "@tanstack/react-query";
import { Download, FileCode2, FileJson, FileText, NotebookText } from "lucide-react";
import { Button, DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuLabel, DropdownMenuTrigger, toast } from "@commonplace/ui";
import { useTRPC } from "@/trpc/react";
import { formErrorOf } from "@/lib/trpc-errors";

const formats = [
  { format: "bibtex", label: "BibTeX", hint: ".bib", Icon: FileCode2 },
  { format: "ris", label: "RIS", hint: ".ris", Icon: FileText },
  { format: "csl-json", label: "CSL-JSON", hint: ".json", Icon: FileJson },
  { format: "markdown", label: "Markdown", hint: ".md", Icon: NotebookText },
] as const;

/** Downloads the list's citations in a format (rendered by the API, saved from a Blob here). */
export function ExportMenu({ listId, shareToken }: { listId: string; shareToken?: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();

  async function download(format: (typeof formats)[number]["format"]) {
    try {
      const file = await queryClient.fetchQuery({ ...trpc.lists.export.queryOptions({ listId, shareToken, format }), staleTime: 0 });
      const url = URL.createObjectURL(new Blob([file.body], { type: file.contentType }));
      const a = document.createElement("a");
      a.href = url;
      a.download = file.filename;
      document.body.append(a);
      a.click();
      a.remove();
      window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
      toast.success(`Exported ${file.count} ${file.count === 1 ? "paper" : "papers"}`);
    } catch (error) {
      toast.error(formErrorOf(error) ?? "Couldn’t export this list.");
    }
  }

  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button variant="secondary" size="sm">
          <Download aria-hidden /> Export
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent className="w-52">
        <DropdownMenuLabel>Download citations</DropdownMenuLabel>
        {formats.map(({ format, label, hint, Icon }) => (
          <DropdownMenuItem key={format} onSelect={() => void download(format)}>
            <Icon aria-hidden /> {label}
            <span className="ml-auto font-mono text-[11px] text-ink-subtle">{hint}</span>
          </DropdownMenuItem>
        ))}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
