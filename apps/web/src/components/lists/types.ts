import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@commonplace/api";

export type RouterOutputs = inferRouterOutputs<AppRouter>;
export type RouterInputs = inferRouterInputs<AppRouter>;
export type ListSummary = RouterOutputs["lists"]["mine"][number];
export type ListDetail = RouterOutputs["lists"]["get"];
export type ListItem = RouterOutputs["lists"]["items"][number];
export type TeamDetail = RouterOutputs["teams"]["get"];
