"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { toast } from "@commonplace/ui";
import { formErrorOf } from "@/lib/trpc-errors";
import { useTRPC } from "@/trpc/react";

/** Reply / edit / delete / resolve / reopen; each refreshes the annotation queries when done. */
export function useAnnotationActions() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const settle = {
    onSettled: () => queryClient.invalidateQueries({ queryKey: trpc.annotations.pathKey() }),
    onError: (error: unknown) => toast.error(formErrorOf(error) ?? "That didn't work."),
  };
  return {
    reply: useMutation(trpc.annotations.reply.mutationOptions(settle)),
    edit: useMutation(trpc.annotations.edit.mutationOptions(settle)),
    remove: useMutation(trpc.annotations.delete.mutationOptions(settle)),
    resolve: useMutation(trpc.annotations.resolve.mutationOptions(settle)),
    reopen: useMutation(trpc.annotations.reopen.mutationOptions(settle)),
  };
}
