"use client";

import { useRouter } from "next/navigation";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { LogOut, UserMinus } from "lucide-react";
import {
  Avatar,
  Badge,
  Button,
  Dialog,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
  Skeleton,
  toast,
} from "@commonplace/ui";
import { useTRPC } from "@/trpc/react";
import { formErrorOf } from "@/lib/trpc-errors";
import { Select } from "@/components/lists/select";
import { formatDate, roleHelp, roleLabels, type TeamRole } from "@/components/lists/labels";
import type { TeamDetail } from "@/components/lists/types";

/** For the legend only; which roles the caller may give is the API's `team.assignableRoles`. */
const ROLES = Object.keys(roleLabels) as TeamRole[];

export function MembersPanel({ team, myUserId }: { team: TeamDetail; myUserId: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const members = useQuery(trpc.teams.members.queryOptions({ teamSlug: team.slug }));
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: trpc.teams.members.queryKey({ teamSlug: team.slug }) });
    void queryClient.invalidateQueries({ queryKey: trpc.teams.get.queryKey({ teamSlug: team.slug }) });
  };
  const onError = (e: unknown) => toast.error(formErrorOf(e) ?? "That didn’t work.");
  const changeRole = useMutation(trpc.teams.changeRole.mutationOptions({ onSuccess: () => toast.success("Role changed"), onError, onSettled: refresh }));
  const remove = useMutation(trpc.teams.removeMember.mutationOptions({ onSuccess: () => toast.success("Removed from the team"), onError, onSettled: refresh }));
  const leave = useMutation(
    trpc.teams.leave.mutationOptions({
      onSuccess: () => {
        toast.success(`You left ${team.name}`);
        router.push("/teams");
        router.refresh();
      },
      onError,
    }),
  );
  const can = (a: string) => team.permissions.includes(a);
  const ownerManage = can("member.owner.manage");

  if (members.isLoading) return <Skeleton className="h-48 rounded-xl" />;

  return (
    <div className="grid gap-6 lg:grid-cols-[1fr_18rem]">
      <ul className="divide-y divide-line rounded-xl border border-line bg-surface shadow-xs" data-testid="members">
        {(members.data ?? []).map((m) => {
          const isMe = m.user.id === myUserId;
          const canChange = can("member.role.change") && !isMe && (ownerManage || m.role !== "OWNER");
          const canRemove = can("member.remove") && !isMe && (ownerManage || m.role !== "OWNER");
          return (
            <li
              key={m.user.id}
              className="flex flex-wrap items-center gap-3 px-4 py-3 sm:flex-nowrap sm:px-5"
              data-testid="member-row"
              data-handle={m.user.handle}
            >
              <Avatar name={m.user.name} src={m.user.avatarUrl} />
              <div className="min-w-0 flex-1">
                <p className="truncate font-medium text-ink">
                  {m.user.name}
                  {isMe ? <span className="font-normal text-ink-subtle"> (you)</span> : null}
                </p>
                <p className="truncate text-xs text-ink-muted">
                  @{m.user.handle} · joined {formatDate(m.joinedAt)}
                </p>
              </div>
              <div className="flex items-center gap-1.5">
                {canChange ? (
                  <Select
                    aria-label={`Role of ${m.user.name}`}
                    value={m.role}
                    className="w-32 [&_select]:h-8 [&_select]:text-[13px]"
                    disabled={changeRole.isPending}
                    onChange={(e) => changeRole.mutate({ teamSlug: team.slug, userId: m.user.id, role: e.target.value as TeamRole })}
                  >
                    {team.assignableRoles.map((r) => (
                      <option key={r} value={r}>
                        {roleLabels[r]}
                      </option>
                    ))}
                  </Select>
                ) : (
                  <Badge variant={m.role === "OWNER" ? "accent" : "neutral"}>{roleLabels[m.role]}</Badge>
                )}
                {canRemove ? (
                  <ConfirmButton
                    label={`Remove ${m.user.name}`}
                    title={`Remove ${m.user.name} from ${team.name}?`}
                    body="They lose access to the team’s lists and discussions. Their notes stay."
                    confirm="Remove"
                    onConfirm={() => remove.mutate({ teamSlug: team.slug, userId: m.user.id })}
                    icon={<UserMinus aria-hidden />}
                  />
                ) : null}
                {isMe && team.myRole ? (
                  <ConfirmButton
                    label="Leave team"
                    text="Leave"
                    title={`Leave ${team.name}?`}
                    body={
                      team.myRole === "OWNER" ? "If you are the last owner, make someone else an owner first." : "You’ll need a new invitation to come back."
                    }
                    confirm="Leave team"
                    onConfirm={() => leave.mutate({ teamSlug: team.slug })}
                    icon={<LogOut aria-hidden />}
                  />
                ) : null}
              </div>
            </li>
          );
        })}
      </ul>
      <aside className="h-fit rounded-xl border border-line bg-paper-sunken/40 p-5 text-sm">
        <h3 className="font-semibold text-ink">Roles</h3>
        <dl className="mt-3 grid gap-2.5">
          {ROLES.map((r) => (
            <div key={r}>
              <dt className="font-medium text-ink">{roleLabels[r]}</dt>
              <dd className="text-ink-muted">{roleHelp[r]}</dd>
            </div>
          ))}
        </dl>
      </aside>
    </div>
  );
}

function ConfirmButton(props: { label: string; text?: string; title: string; body: string; confirm: string; onConfirm: () => void; icon: React.ReactNode }) {
  return (
    <Dialog>
      <DialogTrigger asChild>
        <Button variant="ghost" size={props.text ? "sm" : "icon-sm"} aria-label={props.label} title={props.label}>
          {props.icon}
          {props.text}
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>{props.title}</DialogTitle>
          <DialogDescription>{props.body}</DialogDescription>
        </DialogHeader>
        <DialogFooter>
          <DialogClose asChild>
            <Button variant="ghost">Cancel</Button>
          </DialogClose>
          <DialogClose asChild>
            <Button variant="destructive" onClick={props.onConfirm}>
              {props.confirm}
            </Button>
          </DialogClose>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
