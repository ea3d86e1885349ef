"use client";

import { useState, type FormEvent, type ReactNode } from "react";
import { useRouter } from "next/navigation";
import { useMutation } from "@tanstack/react-query";
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
import { fieldErrorsOf, fieldForError, formErrorOf } from "@/lib/trpc-errors";

/** "Vision Reading Group!" → "vision-reading-group" (the API's slug rule: lowercase letters, digits, hyphens). */
export function slugify(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40)
    .replace(/-+$/, "");
}

export function CreateTeamDialog({ trigger }: { trigger: ReactNode }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState("");
  const [slug, setSlug] = useState("");
  const [slugEdited, setSlugEdited] = useState(false);
  const create = useMutation(trpc.teams.create.mutationOptions({ onSuccess: (team) => router.push(`/teams/${team.slug}`) }));
  const errors = fieldErrorsOf(create.error);
  const serverField = fieldForError(create.error, ["slug", "name"] as const);
  const formError = formErrorOf(create.error);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    create.mutate({ name, slug, description: String(form.get("description") ?? "") || null });
  }

  return (
    <Dialog open={open} onOpenChange={(o) => (setOpen(o), o || create.reset())}>
      <DialogTrigger asChild>{trigger}</DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Create a team</DialogTitle>
          <DialogDescription>A team shares reading lists, notes and discussions. You’ll be its owner and can invite people next.</DialogDescription>
        </DialogHeader>
        <form onSubmit={onSubmit} className="grid gap-4" noValidate>
          <FormField label="Team name" error={errors.name ?? (serverField === "name" ? formError : null)}>
            <Input
              name="name"
              autoFocus
              value={name}
              maxLength={80}
              placeholder="e.g. Vision Reading Group"
              onChange={(e) => {
                setName(e.target.value);
                if (!slugEdited) setSlug(slugify(e.target.value));
              }}
            />
          </FormField>
          <FormField
            label="Address"
            description={<>Your team’s page will be at /teams/{slug || "…"}</>}
            error={errors.slug ?? (serverField === "slug" ? formError : null)}
          >
            <Input
              name="slug"
              value={slug}
              maxLength={40}
              className="font-mono text-[13px]"
              onChange={(e) => {
                setSlugEdited(true);
                setSlug(e.target.value.toLowerCase().replace(/[^a-z0-9-]/g, "-"));
              }}
            />
          </FormField>
          <FormField label="Description" description="Optional.">
            <Textarea name="description" rows={2} placeholder="Who you are and what you read." />
          </FormField>
          {formError && !serverField ? <Alert variant="danger">{formError}</Alert> : null}
          <DialogFooter>
            <Button type="button" variant="ghost" onClick={() => setOpen(false)}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending || create.isSuccess}>
              Create team
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
