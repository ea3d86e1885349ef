"use client";

import { useRef, useState, type ChangeEvent } from "react";
import { useRouter } from "next/navigation";
import { useMutation } from "@tanstack/react-query";
import { ImageUp, Trash2 } from "lucide-react";
import { Alert, Avatar, Button, toast } from "@commonplace/ui";
import { useTRPC } from "@/trpc/react";
import { formErrorOf } from "@/lib/trpc-errors";

const ACCEPT = "image/jpeg,image/png,image/webp,image/gif,image/avif";
const MAX_BYTES = 5 * 1024 * 1024;

async function uploadAvatar(file: File): Promise<string> {
  const form = new FormData();
  form.set("avatar", file);
  const res = await fetch("/api/avatars", { method: "POST", body: form });
  const body = (await res.json().catch(() => null)) as { avatarUrl?: string; error?: { message?: string } } | null;
  if (!res.ok || !body?.avatarUrl) throw new Error(body?.error?.message ?? "The upload failed. Try again.");
  return body.avatarUrl;
}

/** Avatar preview with upload (resized to a 256 px square on the server) and removal back to initials. */
export function AvatarField({ name, avatarUrl, onChange }: { name: string; avatarUrl: string | null; onChange: (url: string | null) => void }) {
  const trpc = useTRPC();
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | null>(null);
  const done = (url: string | null, message: string) => {
    onChange(url);
    setError(null);
    toast.success(message);
    router.refresh(); // the header's avatar comes from the server
  };
  const upload = useMutation({ mutationFn: uploadAvatar, onSuccess: (url) => done(url, "Avatar updated"), onError: (e) => setError(e.message) });
  const remove = useMutation(
    trpc.profiles.removeAvatar.mutationOptions({ onSuccess: () => done(null, "Avatar removed"), onError: (e) => setError(formErrorOf(e)) }),
  );

  function onPick(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (!file) return;
    // The server checks again (by content, not by name); this only saves a pointless upload.
    if (file.size > MAX_BYTES) return setError("This image is larger than 5 MB; choose a smaller one.");
    upload.mutate(file);
  }

  return (
    <div className="flex flex-wrap items-center gap-5">
      <Avatar name={name || "?"} src={avatarUrl} className="size-20 text-2xl" />
      <div className="grid gap-2">
        <div className="flex flex-wrap gap-2">
          <input
            ref={input}
            type="file"
            accept={ACCEPT}
            onChange={onPick}
            className="sr-only"
            id="avatar-file"
            data-testid="avatar-file"
            tabIndex={-1}
            aria-hidden
          />
          <Button variant="secondary" size="sm" loading={upload.isPending} onClick={() => input.current?.click()}>
            <ImageUp aria-hidden /> {avatarUrl ? "Change photo" : "Upload photo"}
          </Button>
          {avatarUrl ? (
            <Button variant="ghost" size="sm" loading={remove.isPending} onClick={() => remove.mutate()}>
              <Trash2 aria-hidden /> Remove
            </Button>
          ) : null}
        </div>
        <p className="text-xs text-ink-muted">JPEG, PNG, WebP or GIF, up to 5 MB. We crop it to a square.</p>
      </div>
      {error ? (
        <Alert variant="danger" className="basis-full">
          {error}
        </Alert>
      ) : null}
    </div>
  );
}
