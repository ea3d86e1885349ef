import type { Db } from "@commonplace/db";
import { AppError } from "../errors/index.ts";
import { sendMail } from "../lib/mailer.ts";
import { hashPassword } from "./password.ts";
import type { SignUpInput } from "./schemas.ts";

const isUniqueViolation = (error: unknown) => (error as { code?: string }).code === "P2002";
const uniqueTarget = (error: unknown) => String((error as { meta?: { target?: unknown } }).meta?.target ?? (error as Error).message);

/**
 * Creates a password account. The answer does not tell whether the email was already registered: the
 * same `{ handle }` comes back (after the same password hashing), and the existing account's owner gets a
 * mail instead. A taken handle is still a CONFLICT naming the field: handles are public anyway.
 */
export async function signUpAccount(db: Db, input: SignUpInput, appUrl: string): Promise<{ handle: string }> {
  const [byEmail, byHandle] = await Promise.all([
    db.user.findUnique({ where: { email: input.email }, select: { id: true } }),
    db.user.findUnique({ where: { handle: input.handle }, select: { id: true } }),
  ]);
  if (byHandle) throw handleTaken();
  const passwordHash = await hashPassword(input.password);
  if (byEmail) {
    void tellOwner(input.email, appUrl);
    return { handle: input.handle };
  }
  try {
    await db.user.create({ data: { email: input.email, handle: input.handle, name: input.name, passwordHash } });
  } catch (error) {
    // Two sign-ups racing for the same email/handle: the unique index decides.
    if (!isUniqueViolation(error)) throw error;
    if (uniqueTarget(error).includes("handle")) throw handleTaken();
    void tellOwner(input.email, appUrl);
  }
  return { handle: input.handle };
}

/** For the self-hoster's admin CLI (trusted): a taken email or handle is a CONFLICT naming it. */
export async function createAccount(db: Db, input: SignUpInput) {
  const taken = await db.user.findFirst({ where: { OR: [{ email: input.email }, { handle: input.handle }] }, select: { email: true } });
  if (taken) throw taken.email === input.email ? new AppError("conflict", "An account with this email already exists.", { field: "email" }) : handleTaken();
  return db.user.create({
    data: { email: input.email, handle: input.handle, name: input.name, passwordHash: await hashPassword(input.password) },
    select: { id: true, handle: true, email: true, name: true },
  });
}

function handleTaken() {
  return new AppError("conflict", "That handle is taken. Try another.", { field: "handle" });
}

async function tellOwner(email: string, appUrl: string) {
  const base = appUrl.replace(/\/$/, "");
  await sendMail({
    to: email,
    subject: "Someone tried to create a Commonplace account with your email",
    text: `Someone (maybe you) tried to sign up to Commonplace with this email address, which already has an account.\n\nSign in: ${base}/sign-in\nForgot your password? ${base}/forgot-password\n\nIf it was not you, you can ignore this mail: nothing was changed.`,
  }).catch(() => undefined);
}
