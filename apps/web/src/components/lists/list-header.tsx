"use client";

import Link from "next/link";
import { useState, type FormEvent } from "react";
import { useMutation } from "@tanstack/react-query";
import { GitFork, Pencil, Users } from "lucide-react";
import { Button, FormField, Input, Textarea } from "@commonplace/ui";
import { useTRPC } from "@/trpc/react";
import { fieldErrorsOf } from "@/lib/trpc-errors";
import { Markdown } from "./markdown";
import { PublishConfirm } from "./publish-confirm";
import { Select } from "./select";
import { ProgressBar, VisibilityBadge } from "./visibility-badge";
import { statusLabels, visibilityInfo, type Visibility } from "./labels";
import type { ListDetail } from "./types";
import { useEditErrorToast } from "./use-list-mutation-errors";

type Props = { list: ListDetail; shareToken?: string; onChanged: (list: ListDetail) => void; reload: () => void };

/** Title, owner, visibility, description and progress; editable in place with list.update. */
export function ListHeader({ list, shareToken, onChanged, reload }: Props) {
  const trpc = useTRPC();
  const [editing, setEditing] = useState(false);
  const canEdit = list.permissions.includes("list.update");
  const onError = useEditErrorToast(reload);
  const update = useMutation(trpc.lists.update.mutationOptions({ onSuccess: onChanged, onError }));
  const errors = fieldErrorsOf(update.error);
  const { total, read, reading, toRead } = list.counts;
  // UNLISTED and PUBLIC show the list to people outside it: asked for in a confirmation first.
  const [pending, setPending] = useState<Visibility | null>(null);
  const setVisibility = (visibility: Visibility) => update.mutate({ listId: list.id, shareToken, expectedVersion: list.version, visibility });
  const chooseVisibility = (v: Visibility) => (v === "PUBLIC" || v === "UNLISTED" ? setPending(v) : setVisibility(v));

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    update.mutate(
      {
        listId: list.id,
        shareToken,
        expectedVersion: list.version,
        title: String(form.get("title") ?? ""),
        description: String(form.get("description") ?? "") || null,
      },
      { onSuccess: () => setEditing(false) },
    );
  }

  const visibilities: Visibility[] = list.team ? ["TEAM", "PRIVATE", "UNLISTED", "PUBLIC"] : ["PRIVATE", "UNLISTED", "PUBLIC"];

  return (
    <header>
      <div className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-ink-muted">
        {list.team ? (
          <Link href={`/teams/${list.team.slug}`} className="inline-flex items-center gap-1 font-medium text-ink-muted hover:text-accent">
            <Users aria-hidden className="size-3.5" /> {list.team.name}
          </Link>
        ) : list.owner ? (
          <span>{list.owner.name}’s list</span>
        ) : null}
        <span aria-hidden className="text-ink-subtle">
          ·
        </span>
        {canEdit && list.permissions.includes("list.share") ? (
          <label className="inline-flex items-center gap-1.5">
            <span className="sr-only">Visibility</span>
            <Select
              aria-label="Visibility"
              value={list.visibility}
              className="w-32 [&_select]:h-7 [&_select]:text-xs"
              onChange={(e) => chooseVisibility(e.target.value as Visibility)}
            >
              {visibilities.map((v) => (
                <option key={v} value={v}>
                  {visibilityInfo[v].label}
                </option>
              ))}
            </Select>
          </label>
        ) : (
          <VisibilityBadge visibility={list.visibility} />
        )}
        <PublishConfirm
          list={list}
          next={pending}
          onCancel={() => setPending(null)}
          onConfirm={() => {
            if (pending) setVisibility(pending);
            setPending(null);
          }}
        />
        {list.forkedFrom ? (
          <span className="inline-flex items-center gap-1 text-ink-subtle">
            <GitFork aria-hidden className="size-3.5" /> copied from{" "}
            <Link href={`/lists/${list.forkedFrom.id}`} className="underline underline-offset-2 hover:text-accent">
              {list.forkedFrom.title}
            </Link>
          </span>
        ) : null}
      </div>

      {editing ? (
        <form onSubmit={onSubmit} className="mt-3 grid max-w-2xl gap-3" noValidate>
          <FormField label="Title" error={errors.title}>
            <Input name="title" defaultValue={list.title} autoFocus maxLength={200} className="font-serif text-lg" />
          </FormField>
          <FormField label="Description" description="Markdown is supported." error={errors.description}>
            <Textarea name="description" defaultValue={list.description ?? ""} rows={5} />
          </FormField>
          <div className="flex gap-2">
            <Button type="submit" size="sm" loading={update.isPending}>
              Save
            </Button>
            <Button type="button" size="sm" variant="ghost" onClick={() => setEditing(false)}>
              Cancel
            </Button>
          </div>
        </form>
      ) : (
        <>
          <div className="mt-2 flex items-start gap-2">
            <h1 className="font-serif text-3xl leading-tight font-semibold tracking-tight text-balance text-ink sm:text-[2.375rem]" data-testid="list-title">
              {list.title}
            </h1>
            {canEdit ? (
              <Button variant="ghost" size="icon-sm" className="mt-1.5" aria-label="Edit title and description" onClick={() => setEditing(true)}>
                <Pencil aria-hidden />
              </Button>
            ) : null}
          </div>
          {list.description ? (
            <Markdown source={list.description} className="mt-3 max-w-[68ch] font-serif text-[1.0625rem] leading-relaxed" />
          ) : canEdit ? (
            <button type="button" onClick={() => setEditing(true)} className="mt-2 text-sm text-ink-subtle hover:text-accent">
              Add a description…
            </button>
          ) : null}
        </>
      )}

      <div className="mt-6 max-w-xl">
        <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 text-sm">
          <span className="font-medium text-ink" data-testid="list-counts">
            <span className="tabular-nums">{read}</span> of <span className="tabular-nums">{total}</span> read
          </span>
          <span className="text-xs text-ink-muted tabular-nums">
            {toRead} {statusLabels.TO_READ.toLowerCase()} · {reading} {statusLabels.READING.toLowerCase()}
          </span>
        </div>
        <ProgressBar read={read} total={total} className="mt-2" />
      </div>
    </header>
  );
}
