"use client";

import { Download, FileJson, NotebookText } from "lucide-react";
import { Button, DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuLabel, DropdownMenuTrigger } from "@commonplace/ui";
import { downloadExport } from "@/lib/download";

export type AnnotationExportFormat = "markdown" | "jsonld";
type ExportFile = { body: string; contentType: string; filename: string; count: number };

const formats = [
  { format: "markdown", label: "Markdown", hint: ".md", Icon: NotebookText },
  { format: "jsonld", label: "W3C JSON-LD", hint: ".jsonld", Icon: FileJson },
] as const;

/** Downloads annotations (a paper's, a list's, the annotations page's selection) as rendered by the API. */
export function AnnotationExportMenu({
  load,
  heading = "Download annotations",
  label = "Export",
  size = "sm",
}: {
  load: (format: AnnotationExportFormat) => Promise<ExportFile>;
  heading?: string;
  label?: string;
  size?: "sm" | "icon-sm";
}) {
  const download = (format: AnnotationExportFormat) => downloadExport(() => load(format), "Couldn’t export the annotations.", ["annotation", "annotations"]);
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button variant="secondary" size={size} data-testid="annotations-export" aria-label={size === "icon-sm" ? heading : undefined}>
          <Download aria-hidden /> {size === "icon-sm" ? null : label}
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent className="w-56">
        <DropdownMenuLabel>{heading}</DropdownMenuLabel>
        {formats.map(({ format, label: name, hint, Icon }) => (
          <DropdownMenuItem key={format} onSelect={() => void download(format)}>
            <Icon aria-hidden /> {name}
            <span className="ml-auto font-mono text-[11px] text-ink-subtle">{hint}</span>
          </DropdownMenuItem>
        ))}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
