import { headers } from "next/headers";
import { appUrlMismatch, logger, requestOrigin } from "@commonplace/api/server";

let logged = false;

/**
 * For site administrators: APP_URL is set, but this page was opened at another address, so links in mails,
 * invitations and feeds point elsewhere than where people are. Names the variable and the fix; the server
 * log says it once per process.
 */
export async function AppUrlNotice({ admin }: { admin: boolean }) {
  const mismatch = appUrlMismatch(requestOrigin(await headers()));
  if (!mismatch) return null;
  if (!logged) {
    // eslint-disable-next-line react-hooks/globals -- a server component: the log line is said once per process, not per render
    logged = true;
    logger().warn(mismatch, "a request came in on another address than APP_URL: links in mails, invitations and feeds use APP_URL");
  }
  if (!admin) return null;
  return (
    <div
      role="status"
      className="border-b border-amber-300 bg-amber-50 px-4 py-2 text-sm text-amber-900 [overflow-wrap:anywhere] dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100"
    >
      This page was opened at <strong>{mismatch.requested}</strong>, but <code>APP_URL</code> is <strong>{mismatch.configured}</strong>: links in mails,
      invitations and feeds point there. If people reach Commonplace at this address, set <code>APP_URL</code> to it (or unset it, and links follow each
      request&apos;s address).
    </div>
  );
}
