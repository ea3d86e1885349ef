"use client";

import { useState } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Tag } from "lucide-react";
import { Button, toast } from "@commonplace/ui";
import { formErrorOf } from "@/lib/trpc-errors";
import { useTRPC } from "@/trpc/react";
import { TagAdder } from "./tag-adder";
import { TagChip } from "./tag-chip";

type Tagged = { id: string; tags: string[]; can: { tag: boolean }; team?: { slug: string } | null };

/** Team tags on an annotation: everyone who reads it sees them; its author and its team's editors change them. */
export function AnnotationTags({ annotation }: { annotation: Tagged }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const set = useMutation(
    trpc.tags.setForAnnotation.mutationOptions({
      onSuccess: () => {
        void queryClient.invalidateQueries({ queryKey: trpc.annotations.pathKey() });
        void queryClient.invalidateQueries({ queryKey: trpc.annotationSearch.pathKey() });
      },
      onError: (e) => toast.error(formErrorOf(e) ?? "Couldn’t save the tags."),
    }),
  );
  // Suggestions from the scope's tags: the team's for a team (or team list) annotation, one's own otherwise.
  const suggested = useQuery({
    ...trpc.annotationSearch.tagSuggestions.queryOptions({ teamSlug: annotation.team?.slug }),
    enabled: editing,
    staleTime: 60_000,
  });
  const { tags, can } = annotation;
  const save = (next: string[]) => set.mutate({ annotationId: annotation.id, tags: next });
  if (!tags.length && !can.tag) return null;
  return (
    <div className="flex min-w-0 flex-wrap items-center gap-1.5" data-testid="annotation-tags" onClick={(e) => e.stopPropagation()}>
      {tags.map((t) => (
        <TagChip key={t} tag={t} onRemove={editing ? () => save(tags.filter((x) => x !== t)) : undefined} />
      ))}
      {editing ? (
        <TagAdder
          label="Tag this annotation"
          suggestions={(suggested.data ?? []).map((t) => t.tag).filter((t) => !tags.includes(t))}
          pending={set.isPending}
          onAdd={(names) => save([...tags, ...names])}
          onClose={() => setEditing(false)}
        />
      ) : can.tag ? (
        <Button size="sm" variant="ghost" className="h-6 px-1.5 text-xs" onClick={() => setEditing(true)}>
          <Tag aria-hidden /> {tags.length ? "Edit tags" : "Tag"}
        </Button>
      ) : null}
    </div>
  );
}
