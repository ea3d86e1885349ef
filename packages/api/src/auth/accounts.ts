import { TRPCError } from "@trpc/server";
import type { Db } from "@commonplace/db";
import { hashPassword } from "./password.ts";
import type { SignUpInput } from "./schemas.ts";

/** Creates a password account; a taken email or handle is a CONFLICT naming the field. */
export async function createUser(db: Db, input: SignUpInput) {
  const taken = await db.user.findFirst({
    where: { OR: [{ email: input.email }, { handle: input.handle }] },
    select: { email: true, handle: true },
  });
  if (taken) throw conflictFor(taken.email === input.email ? "email" : "handle");
  try {
    return await db.user.create({
      data: { email: input.email, handle: input.handle, name: input.name, passwordHash: await hashPassword(input.password) },
      select: { id: true, handle: true, email: true, name: true },
    });
  } catch (error) {
    // Two sign-ups racing for the same email/handle: the unique index decides.
    const target = String((error as { meta?: { target?: unknown } }).meta?.target ?? (error as Error).message);
    if ((error as { code?: string }).code === "P2002") throw conflictFor(target.includes("handle") ? "handle" : "email");
    throw error;
  }
}

function conflictFor(field: "email" | "handle") {
  return new TRPCError({
    code: "CONFLICT",
    message: field === "email" ? "An account with this email already exists. Sign in instead." : "That handle is taken. Try another.",
    cause: { field },
  });
}
