import { ingestDigestOnFirstBoot as ingestDigest } from "@commonplace/worker/seed";

/** First boot: the bundled daily-papers digest goes through the real ingestion pipeline (skipped once papers exist). */
export async function ingestDigestOnFirstBoot(vars: Record<string, string>, say: (m: string) => void): Promise<void> {
  say("Ingesting the demo papers (first boot only) …");
  await ingestDigest(vars, { say });
}
