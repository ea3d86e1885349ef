import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { person, team, type Person, type TeamFixture } from "../../test/fixtures.ts";
import { rangeOf, textPaper } from "../../test/annotation-fixtures.ts";
import { clientFor, startInstance, type Instance } from "../../test/live-client.ts";
import { startTcpProxy } from "../../../../test/tcp-proxy.ts";

// Live collaboration across TWO API processes (each its own LiveBus / LISTEN connection): writes go
// through instance A over HTTP; subscribers on instance B receive the events over SSE
// (httpSubscriptionLink), filtered by what each of them may see.

interface Received {
  kind: string;
  id: string | null;
  trackedId?: string;
}

let a: Instance, b: Instance;
let fx: TeamFixture;
let paperId: string;
const stops: (() => void)[] = [];

beforeAll(async () => {
  [a, b] = await Promise.all([startInstance(), startInstance()]);
  fx = await team();
  paperId = (await textPaper()).id;
});
afterAll(async () => {
  for (const stop of stops) stop();
  await Promise.all([a?.stop(), b?.stop()]);
});

/** Subscribes `who` on `instance` and resolves once that process's bus has the listener. */
async function watch(
  instance: Instance,
  who: Person | null,
  topic: string,
  subscribe: (c: ReturnType<typeof clientFor>, on: (d: unknown) => void) => { unsubscribe: () => void },
) {
  const events: Received[] = [];
  const before = await instance.listeners(topic);
  const sub = subscribe(clientFor(instance, who?.id ?? null), (d) => {
    const envelope = d as { id?: string; data?: { kind: string; id: string | null } };
    const data = envelope.data ?? (d as { kind: string; id: string | null });
    events.push({ kind: data.kind, id: data.id, trackedId: envelope.id });
  });
  stops.push(() => sub.unsubscribe());
  await expect.poll(() => instance.listeners(topic), { timeout: 15_000 }).toBeGreaterThan(before);
  return events;
}

const onPaper = (instance: Instance, who: Person | null) =>
  watch(instance, who, `paper:${paperId}`, (c, on) =>
    c.live.paper.subscribe({ paperId }, { onData: on, onError: (e) => on({ kind: `error:${e.message}`, id: null }) }),
  );

describe("live events across two API instances", () => {
  it("a write through instance A reaches subscribers on instance B — only those who may see it", async () => {
    const viewer = await onPaper(b, fx.people.VIEWER);
    const outsider = await onPaper(b, fx.outsider);
    const anonymous = await onPaper(b, null);
    const writer = clientFor(a, fx.people.MEMBER.id);

    const teamNote = await writer.annotations.create.mutate({
      paperId,
      target: rangeOf("neural networks"),
      body: "team",
      visibility: "TEAM",
      teamSlug: fx.slug,
    });
    const privateNote = await writer.annotations.create.mutate({ paperId, target: rangeOf("Transformer"), body: "mine", visibility: "PRIVATE" });
    const publicNote = await writer.annotations.create.mutate({ paperId, target: rangeOf("attention mechanisms"), body: "all", visibility: "PUBLIC" });
    const reply = await clientFor(a, fx.people.ADMIN.id).annotations.reply.mutate({ id: teamNote.id, body: "reply" });
    await writer.annotations.resolve.mutate({ id: teamNote.id });
    await writer.annotations.edit.mutate({ id: publicNote.id, body: "edited" });
    await writer.annotations.delete.mutate({ id: publicNote.id });

    const expectedViewer = [
      ["annotation.created", teamNote.id],
      ["annotation.created", publicNote.id],
      ["annotation.replied", reply.id],
      ["annotation.resolved", teamNote.id],
      ["annotation.updated", publicNote.id],
      ["annotation.deleted", publicNote.id],
    ];
    const publicOnly = expectedViewer.filter(([, id]) => id === publicNote.id);
    await expect.poll(() => viewer.map((e) => [e.kind, e.id]), { timeout: 15_000 }).toEqual(expectedViewer);
    await expect.poll(() => outsider.map((e) => [e.kind, e.id]), { timeout: 15_000 }).toEqual(publicOnly);
    await expect.poll(() => anonymous.map((e) => [e.kind, e.id]), { timeout: 15_000 }).toEqual(publicOnly);
    // Never the private one, and never content: ids and kinds only, each tracked for reconnection.
    expect([...viewer, ...outsider, ...anonymous].some((e) => e.id === privateNote.id)).toBe(false);
    expect(viewer.every((e) => /^\d+-/.test(e.trackedId ?? ""))).toBe(true);
  });

  it("a mention written through A notifies the person subscribed on B (live.notifications)", async () => {
    const target = fx.people.OWNER;
    const events = await watch(b, target, `user:${target.id}`, (c, on) => c.live.notifications.subscribe(undefined, { onData: on }));
    const other = await person("quiet");
    const quiet = await watch(b, other, `user:${other.id}`, (c, on) => c.live.notifications.subscribe(undefined, { onData: on }));
    const note = await clientFor(a, fx.people.MEMBER.id).annotations.create.mutate({
      paperId,
      target: rangeOf("machine translation"),
      body: `@${target.handle} please read`,
      visibility: "TEAM",
      teamSlug: fx.slug,
    });
    await expect.poll(() => events.map((e) => e.kind), { timeout: 15_000 }).toEqual(["notification.created"]);
    const [notification] = (await clientFor(b, target.id).notifications.list.query({})).items;
    expect(notification).toMatchObject({ id: events[0]!.id, kind: "mention", annotationId: note.id });
    expect(quiet).toEqual([]);
  });

  it("a reconnecting client catches up from its lastEventId", async () => {
    const since = `${Date.now()}-x`;
    const missed = await clientFor(a, fx.people.MEMBER.id).annotations.create.mutate({
      paperId,
      target: rangeOf("parsing"),
      body: "while you were away",
      visibility: "TEAM",
      teamSlug: fx.slug,
    });
    const events = await watch(b, fx.people.VIEWER, `paper:${paperId}`, (c, on) => c.live.paper.subscribe({ paperId, lastEventId: since }, { onData: on }));
    await expect.poll(() => events.map((e) => [e.kind, e.id]), { timeout: 15_000 }).toContainEqual(["annotation.changed", missed.id]);
  });

  it("an instance that loses PostgreSQL for a while tells its subscribers what they missed, then streams again, without a restart", async () => {
    const target = new URL(process.env.DATABASE_URL!);
    const proxy = await startTcpProxy(target.hostname, Number(target.port));
    const c = await startInstance({ DATABASE_URL: proxy.via(process.env.DATABASE_URL!) });
    try {
      const events = await onPaper(c, fx.people.VIEWER);
      await proxy.cut(); // PostgreSQL is gone for instance C: its LISTEN connection and its pool drop
      const writer = clientFor(a, fx.people.MEMBER.id);
      const missed = await writer.annotations.create.mutate({
        paperId,
        target: rangeOf("recurrent"),
        body: "during the outage",
        visibility: "TEAM",
        teamSlug: fx.slug,
      });
      await new Promise((r) => setTimeout(r, 3000)); // longer than the old bus's single retry
      await proxy.restore();

      await expect.poll(() => events.map((e) => [e.kind, e.id]), { timeout: 30_000 }).toContainEqual(["annotation.changed", missed.id]);
      const after = await writer.annotations.create.mutate({
        paperId,
        target: rangeOf("convolutional"),
        body: "after the outage",
        visibility: "TEAM",
        teamSlug: fx.slug,
      });
      await expect.poll(() => events.map((e) => [e.kind, e.id]), { timeout: 15_000 }).toContainEqual(["annotation.created", after.id]);
      expect(events.some((e) => e.kind.startsWith("error"))).toBe(false);
    } finally {
      await c.stop();
      await proxy.close();
    }
  });

  it("a list subscription is refused to those who may not read the list", async () => {
    const list = await clientFor(a, fx.people.OWNER.id).lists.create.mutate({ title: "Private draft", visibility: "PRIVATE", teamSlug: fx.slug });
    const error = await new Promise<string>((resolve) => {
      const sub = clientFor(b, fx.people.VIEWER.id).live.list.subscribe(
        { listId: list.id },
        { onError: (e) => resolve(e.data?.code ?? e.message), onData: () => resolve("data") },
      );
      stops.push(() => sub.unsubscribe());
    });
    expect(error).toBe("NOT_FOUND");
  });
});
