"use client";

import { useState } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Tag } from "lucide-react";
import { Button, toast } from "@commonplace/ui";
import { useTRPC } from "@/trpc/react";
import { formErrorOf } from "@/lib/trpc-errors";
import { TagAdder } from "./tag-adder";
import { TagChip } from "./tag-chip";

/** My own tags on a paper (nobody else sees them): chips linking to my library filtered by the tag, and an adder. */
export function PaperTags({ paperId }: { paperId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const input = { paperIds: [paperId] };
  const current = useQuery(trpc.tags.forPapers.queryOptions(input));
  const mine = useQuery({ ...trpc.tags.mine.queryOptions(), enabled: editing });
  const set = useMutation(
    trpc.tags.setForPaper.mutationOptions({
      onSuccess: (row) => {
        queryClient.setQueryData(trpc.tags.forPapers.queryKey(input), [row]);
        void queryClient.invalidateQueries({ queryKey: trpc.tags.mine.queryKey() });
      },
      onError: (e) => toast.error(formErrorOf(e) ?? "Couldn’t save your tags."),
    }),
  );
  const tags = current.data?.[0]?.tags ?? [];
  const save = (next: string[]) => set.mutate({ paperId, tags: next });

  return (
    <div className="flex min-w-0 max-w-full flex-wrap items-center gap-1.5" data-testid="my-tags">
      {tags.map((t) => (
        <TagChip key={t} tag={t} href={`/library?tag=${encodeURIComponent(t)}`} onRemove={editing ? () => save(tags.filter((x) => x !== t)) : undefined} />
      ))}
      {editing ? (
        <TagAdder
          label="Add your tags"
          suggestions={(mine.data ?? []).map((t) => t.tag).filter((t) => !tags.includes(t))}
          pending={set.isPending}
          onAdd={(names) => save([...tags, ...names])}
          onClose={() => setEditing(false)}
        />
      ) : (
        <Button variant="secondary" size="sm" onClick={() => setEditing(true)} title="Only you see your tags">
          <Tag aria-hidden /> {tags.length ? "Edit tags" : "Tag"}
        </Button>
      )}
    </div>
  );
}
