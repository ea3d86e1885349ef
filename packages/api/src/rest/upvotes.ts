import { defineRoute } from "./route.ts";
import { callerFor } from "./caller.ts";
import { upvoteState } from "../upvotes/upvote.ts";

const vote = (method: "POST" | "DELETE", upvoted: boolean, summary: string) =>
  defineRoute({
    method,
    path: "/papers/{id}/upvote",
    summary,
    tag: "papers",
    auth: "write",
    response: upvoteState,
    handle: ({ ctx, params }) => callerFor(ctx).upvotes.set({ paperId: params.id!, upvoted }),
  });

export const upvoteRoutes = [
  vote("POST", true, "Upvote a paper (one per person; repeating it changes nothing) and get its upvote count"),
  vote("DELETE", false, "Withdraw your upvote (idempotent) and get the paper's upvote count"),
];
