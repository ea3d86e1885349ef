"use client";

import Link from "next/link";
import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { ExternalLink } from "lucide-react";
import { Alert, Button, FormField, Input, Skeleton, Textarea, toast } from "@commonplace/ui";
import { useTRPC } from "@/trpc/react";
import { fieldErrorsOf, formErrorOf } from "@/lib/trpc-errors";
import { AvatarField } from "./avatar-field";

const BIO_MAX = 1000;

/** Name, bio, links and avatar: what /u/<handle> shows. */
export function ProfilePanel({ email }: { email: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const me = useQuery(trpc.profiles.me.queryOptions());
  const [bioLength, setBioLength] = useState<number | null>(null);
  const update = useMutation(
    trpc.profiles.update.mutationOptions({
      onSuccess: (profile) => {
        queryClient.setQueryData(trpc.profiles.me.queryKey(), profile);
        toast.success("Profile saved");
        router.refresh();
      },
    }),
  );
  const errors = fieldErrorsOf(update.error);
  const setAvatar = (avatarUrl: string | null) => me.data && queryClient.setQueryData(trpc.profiles.me.queryKey(), { ...me.data, avatarUrl });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (key: string) => String(form.get(key) ?? "");
    update.mutate({ name: text("name"), bio: text("bio"), website: text("website"), orcid: text("orcid"), github: text("github") });
  }

  return (
    <section aria-labelledby="profile-title" className="mt-8 rounded-xl border border-line bg-surface p-5 shadow-xs sm:p-6" data-testid="profile-panel">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="profile-title" className="font-semibold tracking-tight text-ink">
          Public profile
        </h2>
        {me.data ? (
          <Link href={`/u/${me.data.handle}`} className="inline-flex items-center gap-1 text-sm font-medium text-accent underline-offset-4 hover:underline">
            View your profile <ExternalLink aria-hidden className="size-3.5" />
          </Link>
        ) : null}
      </div>
      <p className="mt-1 text-sm leading-relaxed text-ink-muted">
        Anyone can see your profile, your public lists and your public annotations. Your email ({email}) is never shown.
      </p>

      {!me.data ? (
        <div className="mt-6 grid gap-4" aria-busy="true">
          <Skeleton className="h-20 w-64 rounded-lg" />
          <Skeleton className="h-40 rounded-lg" />
        </div>
      ) : (
        <div className="mt-6 grid gap-6">
          <AvatarField name={me.data.name} avatarUrl={me.data.avatarUrl} onChange={setAvatar} />
          <form onSubmit={onSubmit} className="grid gap-4" noValidate key={me.data.id}>
            <div className="grid gap-4 sm:grid-cols-2">
              <FormField label="Display name" error={errors.name}>
                <Input name="name" defaultValue={me.data.name} maxLength={80} autoComplete="name" required />
              </FormField>
              <FormField label="Handle" description="Your address: it can’t be changed yet.">
                <Input value={`@${me.data.handle}`} readOnly disabled className="font-mono text-[13px]" />
              </FormField>
            </div>
            <FormField
              label="Bio"
              description={`Markdown: **bold**, _italic_, [links](https://…). ${bioLength ?? (me.data.bio ?? "").length}/${BIO_MAX}`}
              error={errors.bio}
            >
              <Textarea
                name="bio"
                defaultValue={me.data.bio ?? ""}
                rows={4}
                maxLength={BIO_MAX}
                onChange={(e) => setBioLength(e.target.value.length)}
                placeholder="What you read and why."
              />
            </FormField>
            <div className="grid gap-4 sm:grid-cols-3">
              <FormField label="Website" error={errors.website}>
                <Input name="website" type="url" inputMode="url" defaultValue={me.data.website ?? ""} placeholder="https://example.org" autoComplete="url" />
              </FormField>
              <FormField label="ORCID iD" error={errors.orcid}>
                <Input name="orcid" defaultValue={me.data.orcid ?? ""} placeholder="0000-0002-1825-0097" className="font-mono text-[13px]" spellCheck={false} />
              </FormField>
              <FormField label="GitHub username" error={errors.github}>
                <Input name="github" defaultValue={me.data.github ?? ""} placeholder="octocat" spellCheck={false} autoCapitalize="none" />
              </FormField>
            </div>
            {formErrorOf(update.error) && !update.error?.data?.zodError ? <Alert variant="danger">{formErrorOf(update.error)}</Alert> : null}
            <div>
              <Button type="submit" loading={update.isPending}>
                Save profile
              </Button>
            </div>
          </form>
        </div>
      )}
    </section>
  );
}
