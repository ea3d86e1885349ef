// A signed-in HTTP client for the fault suite, as a browser would be: next-auth's credentials flow (CSRF
// token, callback), cookies kept by hand, `origin` on every state-changing request (the app refuses
// cross-site writes), tRPC calls in the wire format the web client sends (superjson's { json } envelope).

export class HttpSession {
  private readonly cookies = new Map<string, string>();
  constructor(readonly base: string) {}

  async fetch(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size) headers.set("cookie", [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; "));
    if (init.method && init.method !== "GET") headers.set("origin", this.base);
    const response = await fetch(this.base + path, { ...init, headers, redirect: "manual" });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const at = pair!.indexOf("=");
      this.cookies.set(pair!.slice(0, at).trim(), pair!.slice(at + 1).trim());
    }
    return response;
  }

  /** Signs in with email and password; returns the session's user id. */
  async signIn(email: string, password: string): Promise<string> {
    const { csrfToken } = (await (await this.fetch("/api/auth/csrf")).json()) as { csrfToken: string };
    const body = new URLSearchParams({ csrfToken, email, password, json: "true" });
    const answer = await this.fetch("/api/auth/callback/credentials", {
      method: "POST",
      body,
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    if (answer.status >= 400) throw new Error(`sign-in answered ${answer.status}: ${(await answer.text()).slice(0, 300)}`);
    const session = (await (await this.fetch("/api/auth/session")).json()) as { user?: { id?: string; email?: string } };
    if (session.user?.email !== email || !session.user.id)
      throw new Error(`no session for ${email} after sign-in (got ${JSON.stringify(session).slice(0, 200)})`);
    return session.user.id;
  }

  /** A tRPC mutation (one call, not batched); throws with the answer's status and text unless it is 2xx. */
  async mutation<T>(path: string, input: unknown): Promise<T> {
    const answer = await this.fetch(`/api/trpc/${path}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ json: input }),
    });
    const text = await answer.text();
    if (!answer.ok) throw new Error(`${path} answered ${answer.status}: ${text.slice(0, 300)}`);
    return (JSON.parse(text) as { result: { data: { json: T } } }).result.data.json;
  }

  /** A tRPC subscription over SSE, as httpSubscriptionLink opens it: GET with the input in the query. */
  async subscribe(path: string, input: unknown): Promise<SseStream> {
    const controller = new AbortController();
    const query = encodeURIComponent(JSON.stringify({ json: input }));
    const answer = await this.fetch(`/api/trpc/${path}?input=${query}`, { headers: { accept: "text/event-stream" }, signal: controller.signal });
    if (!answer.ok || !answer.body) throw new Error(`subscription ${path} answered ${answer.status}: ${(await answer.text()).slice(0, 300)}`);
    if (!answer.headers.get("content-type")?.includes("text/event-stream")) throw new Error(`subscription ${path}: not an event stream`);
    return new SseStream(answer.body, controller);
  }
}

export interface SseEvent {
  /** SSE event name: "message" for data, or tRPC's "connected", "ping", "serialized-error", "return". */
  event: string;
  id: string | null;
  /** The parsed data line (for tRPC data: superjson's { json } envelope). */
  data: unknown;
  receivedAt: number;
}

/** Reads an event stream as it arrives (the SSE wire format) and keeps every event. */
export class SseStream {
  readonly events: SseEvent[] = [];
  /** Set once the server ended the stream (or the connection broke), with why. */
  ended: string | null = null;

  constructor(
    body: ReadableStream<Uint8Array>,
    private readonly controller: AbortController,
  ) {
    void this.read(body);
  }

  private async read(body: ReadableStream<Uint8Array>): Promise<void> {
    const reader = body.getReader();
    const decoder = new TextDecoder();
    let buffer = "";
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += decoder.decode(value, { stream: true }).replaceAll("\r\n", "\n");
        for (let end = buffer.indexOf("\n\n"); end >= 0; end = buffer.indexOf("\n\n")) {
          this.parse(buffer.slice(0, end));
          buffer = buffer.slice(end + 2);
        }
      }
      this.ended = "the server closed the stream";
    } catch (error) {
      this.ended = `the stream broke: ${(error as Error).message}`;
    }
  }

  private parse(block: string): void {
    let event = "message";
    let id: string | null = null;
    const data: string[] = [];
    for (const line of block.split("\n")) {
      if (!line || line.startsWith(":")) continue;
      const at = line.indexOf(":");
      const field = at < 0 ? line : line.slice(0, at);
      const value = at < 0 ? "" : line.slice(at + 1).replace(/^ /, "");
      if (field === "event") event = value;
      else if (field === "id") id = value;
      else if (field === "data") data.push(value);
    }
    if (!data.length && event === "message") return;
    const text = data.join("\n");
    this.events.push({ event, id, data: text ? JSON.parse(text) : null, receivedAt: Date.now() });
  }

  /** The tRPC data events (their { json } unwrapped), from the `from`-th event on. */
  values<T>(from = 0): (T & { receivedAt: number })[] {
    return this.events
      .slice(from)
      .filter((e) => e.event === "message")
      .map((e) => ({ ...(e.data as { json: T }).json, receivedAt: e.receivedAt }));
  }

  close(): void {
    this.controller.abort();
  }
}
