import type { Metadata } from "next";
import { NotificationsView } from "@/components/notifications/notifications-view";
import { requireUser } from "@/lib/current-user";

export const metadata: Metadata = { title: "Notifications" };

export default async function NotificationsPage() {
  await requireUser();
  return (
    <div className="mx-auto max-w-2xl px-4 pt-8 pb-20 sm:px-8 sm:pt-12">
      <NotificationsView />
    </div>
  );
}
