import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { getServerCaller } from "@/trpc/server";
import { PATH_HEADER } from "./paths";

/** The signed-in user (from the database, not just the JWT), or null. */
export const getCurrentUser = cache(async () => {
  const caller = await getServerCaller();
  return caller.auth.me();
});

export type CurrentUser = NonNullable<Awaited<ReturnType<typeof getCurrentUser>>>;

/** For signed-in pages: sends visitors to sign in, then back to where they were going. */
export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (user) return user;
  const path = (await headers()).get(PATH_HEADER) ?? "/dashboard";
  redirect(`/sign-in?callbackUrl=${encodeURIComponent(path)}`);
}
