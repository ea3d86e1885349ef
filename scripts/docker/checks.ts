// What `npm run test:docker` asks of the running containers, over HTTP as a browser or script would.
import { readFileSync } from "node:fs";

/** Polls CHECK every second until it returns a value (not undefined) or TIMEOUT_MS pass. */
export async function poll<T>(what: string, timeoutMs: number, check: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (error) {
      last = error;
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error(`${what}: not within ${timeoutMs / 1000} s${last ? ` (last error: ${(last as Error).message})` : ""}`);
}

/** A signed-in HTTP client: next-auth's credentials flow (CSRF token, callback), cookies kept by hand. */
export class Session {
  private cookies = new Map<string, string>();
  constructor(readonly base: string) {}

  async fetch(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size) headers.set("cookie", [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; "));
    const response = await fetch(this.base + path, { ...init, headers, redirect: "manual", signal: AbortSignal.timeout(30_000) });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const at = pair!.indexOf("=");
      this.cookies.set(pair!.slice(0, at).trim(), pair!.slice(at + 1).trim());
    }
    return response;
  }

  async signIn(email: string, password: string): Promise<string> {
    const { csrfToken } = (await (await this.fetch("/api/auth/csrf")).json()) as { csrfToken: string };
    const body = new URLSearchParams({ csrfToken, email, password, json: "true" });
    const answer = await this.fetch("/api/auth/callback/credentials", {
      method: "POST",
      body,
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    if (answer.status >= 400) throw new Error(`sign-in answered ${answer.status}: ${(await answer.text()).slice(0, 300)}`);
    const session = (await (await this.fetch("/api/auth/session")).json()) as { user?: { email?: string } };
    if (session.user?.email !== email) throw new Error(`no session for ${email} after sign-in (got ${JSON.stringify(session).slice(0, 200)})`);
    return session.user.email;
  }

  /** Uploads FILE through the import page's route; returns the ingest run's id. */
  async upload(file: string, name: string): Promise<string> {
    const form = new FormData();
    form.append("files", new Blob([readFileSync(file)], { type: "text/plain" }), name);
    const answer = await this.fetch("/api/ingest/upload", { method: "POST", body: form });
    const text = await answer.text();
    if (answer.status !== 201) throw new Error(`upload answered ${answer.status}: ${text.slice(0, 300)}`);
    return (JSON.parse(text) as { runId: string }).runId;
  }

  async runStatus(runId: string): Promise<{ status: string; counts: string }> {
    const input = encodeURIComponent(JSON.stringify({ json: { id: runId } }));
    const answer = await this.fetch(`/api/trpc/ingest.run?input=${input}`);
    const run = ((await answer.json()) as { result: { data: { json: { status: string; items: { outcome: string }[] } } } }).result.data.json;
    const counts = new Map<string, number>();
    for (const item of run.items) counts.set(item.outcome, (counts.get(item.outcome) ?? 0) + 1);
    return { status: run.status, counts: [...counts].map(([k, n]) => `${n} ${k}`).join(", ") || "no items" };
  }

  async searchTotal(q: string): Promise<number> {
    const answer = await this.fetch(`/api/v1/papers/search?q=${encodeURIComponent(q)}&limit=1`);
    if (!answer.ok) throw new Error(`search answered ${answer.status}`);
    return ((await answer.json()) as { total: number }).total;
  }
}
