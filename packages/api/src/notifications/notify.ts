import type { Db, Prisma } from "@commonplace/db";
import { publish } from "@commonplace/db/live";
import { appUrl } from "../lib/app-url.ts";
import { logger } from "../lib/logger.ts";
import { sendMail } from "../lib/mailer.ts";

// In-app notifications (mention · reply · list-activity), written in the same transaction as what caused
// them, each announced on `user:<id>` (ids only). Email delivery of the same happens after commit, for
// people who turned it on (User.emailNotifications), through sendMail (logged when SMTP is not set up).

export const NOTIFICATION_KINDS = ["mention", "reply", "list-activity"] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export interface NotificationDraft {
  userId: string;
  kind: NotificationKind;
  actorId: string;
  paperId?: string | null;
  annotationId?: string | null;
  listId?: string | null;
  teamId?: string | null;
}

/** One notification per person (the first draft wins: callers order mention before reply before list-activity). */
export async function createNotifications(tx: Prisma.TransactionClient, drafts: NotificationDraft[]): Promise<string[]> {
  const seen = new Set<string>();
  const ids: string[] = [];
  for (const d of drafts) {
    if (d.userId === d.actorId || seen.has(d.userId)) continue;
    seen.add(d.userId);
    const row = await tx.notification.create({
      data: {
        userId: d.userId,
        kind: d.kind,
        actorId: d.actorId,
        paperId: d.paperId ?? null,
        annotationId: d.annotationId ?? null,
        listId: d.listId ?? null,
        teamId: d.teamId ?? null,
      },
      select: { id: true },
    });
    await publish(tx, { topic: `user:${d.userId}`, kind: "notification.created", id: row.id, actorId: d.actorId });
    ids.push(row.id);
  }
  return ids;
}

const SUBJECT: Record<string, (actor: string) => string> = {
  mention: (a) => `${a} mentioned you`,
  reply: (a) => `${a} replied to you`,
  "list-activity": (a) => `${a} annotated a paper on your list`,
};

/** Emails the given notifications to recipients who opted in; marks them emailed. Never throws. */
export async function deliverEmails(db: Db, ids: string[]): Promise<number> {
  if (ids.length === 0) return 0;
  try {
    const rows = await db.notification.findMany({
      where: { id: { in: ids }, emailedAt: null, user: { emailNotifications: true } },
      include: { user: { select: { email: true } }, actor: { select: { name: true, handle: true } } },
    });
    const base = appUrl();
    for (const n of rows) {
      const actor = n.actor ? `${n.actor.name} (@${n.actor.handle})` : "Someone";
      const link = n.paperId ? `${base}/papers/${n.paperId}${n.annotationId ? `#annotation-${n.annotationId}` : ""}` : `${base}/notifications`;
      // The mail carries no annotation text: the link leads to it, behind the reader's own permissions.
      await sendMail({
        to: n.user.email,
        subject: (SUBJECT[n.kind] ?? SUBJECT.mention!)(actor),
        text: `${(SUBJECT[n.kind] ?? SUBJECT.mention!)(actor)} on Commonplace.\n\n${link}\n\nTurn these emails off in Settings → Notifications.`,
      });
      await db.notification.update({ where: { id: n.id }, data: { emailedAt: new Date() } });
    }
    return rows.length;
  } catch (error) {
    logger().error({ err: error }, "notification email failed");
    return 0;
  }
}
