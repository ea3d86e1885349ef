"use client";

import Link from "next/link";
import { useState } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Check, Inbox, X } from "lucide-react";
import { Alert, Button, Skeleton, toast } from "@commonplace/ui";
import { useTRPC } from "@/trpc/react";
import { formErrorOf } from "@/lib/trpc-errors";
import { TimeAgo } from "@/components/time-ago";
import { FIELD_LABELS, showValue } from "@/components/papers/catalogue/record-fields";

type Status = "OPEN" | "ACCEPTED" | "REJECTED";
/** Proposed changes to papers, newest first, with the current and proposed value of each field and accept / reject. */
export function ProposalsList() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<Status>("OPEN");
  const list = useQuery(trpc.catalogue.proposals.queryOptions({ status, limit: 50 }));
  const refresh = () => void queryClient.invalidateQueries({ queryKey: trpc.catalogue.proposals.queryKey() });
  const onError = (e: unknown) => toast.error(formErrorOf(e) ?? "That did not work.");
  const accept = useMutation(
    trpc.catalogue.accept.mutationOptions({ onSuccess: () => toast.success("Accepted: the paper is updated"), onError, onSettled: refresh }),
  );
  const reject = useMutation(trpc.catalogue.reject.mutationOptions({ onSuccess: () => toast.success("Rejected"), onError, onSettled: refresh }));

  return (
    <div className="grid gap-4">
      <div className="flex gap-2" role="tablist" aria-label="Proposals">
        {(["OPEN", "ACCEPTED", "REJECTED"] as const).map((s) => (
          <Button key={s} role="tab" aria-selected={status === s} size="sm" variant={status === s ? "secondary" : "ghost"} onClick={() => setStatus(s)}>
            {s === "OPEN" ? "Open" : s === "ACCEPTED" ? "Accepted" : "Rejected"}
          </Button>
        ))}
      </div>
      {list.isLoading ? <Skeleton className="h-40 rounded-xl" /> : null}
      {list.error ? <Alert variant="danger">{formErrorOf(list.error) ?? "Could not load the proposals."}</Alert> : null}
      {list.data && list.data.proposals.length === 0 ? (
        <p className="flex items-center gap-2 text-sm text-ink-muted">
          <Inbox aria-hidden className="size-4" /> Nothing here.
        </p>
      ) : null}
      <ul className="grid gap-4" data-testid="proposals">
        {(list.data?.proposals ?? []).map((p) => (
          <li key={p.id} className="rounded-xl border border-line bg-surface p-4 shadow-xs" data-testid="proposal">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <Link href={`/papers/${p.paper.id}`} className="font-medium text-ink hover:text-accent">
                {p.paper.title}
              </Link>
              <span className="text-xs text-ink-muted">
                from {p.source.ref ?? "an import"} ({p.source.format ?? "?"}) by {p.proposer ? `@${p.proposer.handle}` : "an operator"} ·{" "}
                <TimeAgo date={p.createdAt} />
              </span>
            </div>
            <table className="mt-3 w-full text-left text-sm">
              <thead className="text-xs text-ink-subtle">
                <tr>
                  <th className="w-36 py-1 font-medium">Field</th>
                  <th className="py-1 font-medium">Now</th>
                  <th className="py-1 font-medium">Proposed</th>
                </tr>
              </thead>
              <tbody>
                {Object.keys(p.fields).map((f) => (
                  <tr key={f} className="align-top">
                    <td className="py-1 text-ink-muted">{FIELD_LABELS[f] ?? f}</td>
                    <td className="py-1 pr-3 text-ink-muted">{showValue(f, p.current[f])}</td>
                    <td className="py-1 text-ink">{showValue(f, p.fields[f])}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {p.status === "OPEN" ? (
              <div className="mt-3 flex gap-2">
                <Button size="sm" onClick={() => accept.mutate({ id: p.id })} loading={accept.isPending && accept.variables?.id === p.id}>
                  <Check aria-hidden /> Accept
                </Button>
                <Button size="sm" variant="ghost" onClick={() => reject.mutate({ id: p.id })} loading={reject.isPending && reject.variables?.id === p.id}>
                  <X aria-hidden /> Reject
                </Button>
              </div>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
