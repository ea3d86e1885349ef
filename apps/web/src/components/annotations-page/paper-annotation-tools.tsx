"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "@/trpc/react";
import { AnnotationExportMenu } from "./export-menu";
import { ImportAnnotationsDialog } from "./import-annotations-dialog";

/** Under the reader's discussion: export what one may see on this paper, import a file (signed in). */
export function PaperAnnotationTools({ paperId, signedIn, teams }: { paperId: string; signedIn: boolean; teams: { slug: string; name: string }[] }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const load = (format: "markdown" | "jsonld") =>
    queryClient.fetchQuery({
      ...trpc.annotations.export.queryOptions({ paperId, format }),
      staleTime: 0,
    });
  return (
    <div className="mt-4 flex flex-wrap items-center gap-2 border-t border-line pt-3" data-testid="paper-annotation-tools">
      <AnnotationExportMenu load={load} heading="Download this paper’s annotations" />
      {signedIn ? <ImportAnnotationsDialog paperId={paperId} teams={teams} /> : null}
    </div>
  );
}
