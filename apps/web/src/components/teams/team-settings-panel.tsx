"use client";

import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Alert, Button, Card, FormField, Input, Textarea, toast } from "@commonplace/ui";
import { useTRPC } from "@/trpc/react";
import { fieldErrorsOf, formErrorOf } from "@/lib/trpc-errors";
import type { TeamDetail } from "@/components/lists/types";

export function TeamSettingsPanel({ team }: { team: TeamDetail }) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [confirm, setConfirm] = useState("");
  const update = useMutation(
    trpc.teams.update.mutationOptions({
      onSuccess: (t) => {
        queryClient.setQueryData(trpc.teams.get.queryKey({ teamSlug: team.slug }), t);
        toast.success("Team updated");
      },
    }),
  );
  const remove = useMutation(
    trpc.teams.delete.mutationOptions({
      onSuccess: () => {
        toast.success(`${team.name} was deleted`);
        router.push("/teams");
        router.refresh();
      },
    }),
  );
  const errors = fieldErrorsOf(update.error);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    update.mutate({
      teamSlug: team.slug,
      name: String(form.get("name") ?? ""),
      description: String(form.get("description") ?? "") || null,
      isPublic: form.get("isPublic") === "on",
    });
  }

  return (
    <div className="grid max-w-2xl gap-6">
      {team.permissions.includes("team.update") ? (
        <Card className="p-5 sm:p-6">
          <h2 className="font-semibold tracking-tight text-ink">Team details</h2>
          <form onSubmit={onSubmit} className="mt-4 grid gap-4" noValidate>
            <FormField label="Name" error={errors.name}>
              <Input name="name" defaultValue={team.name} maxLength={80} />
            </FormField>
            <FormField label="Description" error={errors.description}>
              <Textarea name="description" defaultValue={team.description ?? ""} rows={3} />
            </FormField>
            <label className="flex items-start gap-2.5 text-sm">
              <input type="checkbox" name="isPublic" defaultChecked={team.isPublic} className="mt-0.5 size-4 accent-[var(--color-accent)]" />
              <span>
                <span className="font-medium text-ink">Public team page</span>
                <span className="block text-ink-muted">
                  Anyone, signed in or not, can open <span className="font-mono text-[13px]">/t/{team.slug}</span>: the team’s name, description, members (names
                  and handles, never emails) and its public lists. People can follow it.
                </span>
              </span>
            </label>
            {team.isPublic ? (
              <a href={`/t/${team.slug}`} className="-mt-2 ml-6.5 justify-self-start text-sm font-medium text-accent underline-offset-4 hover:underline">
                View the public page
              </a>
            ) : null}
            {formErrorOf(update.error) && !update.error?.data?.zodError ? <Alert variant="danger">{formErrorOf(update.error)}</Alert> : null}
            <div>
              <Button type="submit" loading={update.isPending}>
                Save changes
              </Button>
            </div>
          </form>
        </Card>
      ) : null}

      {team.permissions.includes("team.delete") ? (
        <Card className="border-danger/30 p-5 sm:p-6">
          <h2 className="font-semibold tracking-tight text-danger">Delete this team</h2>
          <p className="mt-1 text-sm leading-relaxed text-ink-muted">
            Deletes the team, its {team.listCount} {team.listCount === 1 ? "list" : "lists"} and their notes, for everyone. This cannot be undone.
          </p>
          <form
            className="mt-4 grid gap-3"
            onSubmit={(e) => {
              e.preventDefault();
              remove.mutate({ teamSlug: team.slug, confirmSlug: confirm });
            }}
          >
            <FormField
              label={
                <>
                  Type <span className="font-mono">{team.slug}</span> to confirm
                </>
              }
            >
              <Input value={confirm} onChange={(e) => setConfirm(e.target.value)} autoComplete="off" className="font-mono text-[13px]" />
            </FormField>
            {remove.error ? <Alert variant="danger">{formErrorOf(remove.error)}</Alert> : null}
            <div>
              <Button type="submit" variant="destructive" disabled={confirm.trim() !== team.slug} loading={remove.isPending}>
                Delete team
              </Button>
            </div>
          </form>
        </Card>
      ) : null}
    </div>
  );
}
