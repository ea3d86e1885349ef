"use client";

import { useState, type FormEvent, type ReactNode } from "react";
import { useRouter } from "next/navigation";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
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
} from "@commonplace/ui";
import { useTRPC } from "@/trpc/react";
import { fieldErrorsOf, formErrorOf } from "@/lib/trpc-errors";
import { Select } from "./select";
import { visibilityInfo, type Visibility } from "./labels";

type Props = {
  trigger: ReactNode;
  /** Preselect a team (team page); the person can still choose "Personal". */
  teamSlug?: string | null;
  /** Hide the owner picker (e.g. on a team page). */
  lockOwner?: boolean;
};

/** New reading list: title, description, owner (me or one of my teams), visibility. Opens it on success. */
export function CreateListDialog({ trigger, teamSlug = null, lockOwner = false }: Props) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [owner, setOwner] = useState<string>(teamSlug ?? "");
  const [visibility, setVisibility] = useState<Visibility>(teamSlug ? "TEAM" : "PRIVATE");
  const teams = useQuery({ ...trpc.teams.mine.queryOptions(), enabled: open && !lockOwner });
  const create = useMutation(trpc.lists.create.mutationOptions());
  const errors = fieldErrorsOf(create.error);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    create.mutate(
      { title: String(form.get("title") ?? ""), description: String(form.get("description") ?? "") || null, visibility, teamSlug: owner || null },
      {
        onSuccess: (list) => {
          void queryClient.invalidateQueries({ queryKey: trpc.lists.pathKey() });
          setOpen(false);
          router.push(`/lists/${list.id}`);
        },
      },
    );
  }

  const visibilities: Visibility[] = owner ? ["TEAM", "PRIVATE", "UNLISTED", "PUBLIC"] : ["PRIVATE", "UNLISTED", "PUBLIC"];

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) create.reset();
      }}
    >
      <DialogTrigger asChild>{trigger}</DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>New reading list</DialogTitle>
          <DialogDescription>Collect papers to read, alone or with your team. You can change all of this later.</DialogDescription>
        </DialogHeader>
        <form onSubmit={onSubmit} className="mt-5 grid gap-4" noValidate>
          <FormField label="Title" error={errors.title} required>
            <Input name="title" autoFocus placeholder="e.g. Diffusion models, the essentials" maxLength={200} required />
          </FormField>
          <FormField label="Description" description="Markdown is supported." error={errors.description}>
            <Textarea name="description" rows={3} placeholder="What this list is for, and how to read it." />
          </FormField>
          <div className="grid gap-4 sm:grid-cols-2">
            {lockOwner ? null : (
              <FormField label="Owner">
                <Select
                  value={owner}
                  onChange={(e) => {
                    setOwner(e.target.value);
                    setVisibility(e.target.value ? "TEAM" : "PRIVATE");
                  }}
                >
                  <option value="">Just me</option>
                  {(teams.data ?? [])
                    .filter((t) => t.role !== "VIEWER")
                    .map((t) => (
                      <option key={t.slug} value={t.slug}>
                        {t.name}
                      </option>
                    ))}
                </Select>
              </FormField>
            )}
            <FormField label="Visibility" description={visibilityInfo[visibility].help}>
              <Select value={visibility} onChange={(e) => setVisibility(e.target.value as Visibility)}>
                {visibilities.map((v) => (
                  <option key={v} value={v}>
                    {visibilityInfo[v].label}
                  </option>
                ))}
              </Select>
            </FormField>
          </div>
          {formErrorOf(create.error) ? <Alert variant="danger">{formErrorOf(create.error)}</Alert> : null}
          <DialogFooter>
            <Button type="button" variant="ghost" onClick={() => setOpen(false)}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending}>
              Create list
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
