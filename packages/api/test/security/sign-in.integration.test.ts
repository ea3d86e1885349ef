import { describe, expect, it } from "vitest";
import { db } from "../../src/lib/services.ts";
import { hashPassword } from "../../src/auth/password.ts";
import { INVALID_CREDENTIALS, NO_ADDRESS, verifyCredentials } from "../../src/auth/credentials.ts";
import { THROTTLE } from "../../src/auth/throttle.ts";
import { createAuthOptions } from "../../src/auth/options.ts";
import { clientAddress, PEER_HEADER } from "../../src/security/client-address.ts";
import { unique } from "../fixtures.ts";
import { freshAddress } from "./http.ts";

// Issue 13: "One person can lock everyone out of sign-in." Client address from the socket (or the right-most
// untrusted X-Forwarded-For hop), no shared bucket, counts per address and per account+address, atomic.

const noSleep = async () => {};
const PASSWORD = "a perfectly good passphrase";

async function account() {
  const email = `owner-${unique()}@example.org`;
  await db().user.create({ data: { email, handle: `owner-${unique()}`, name: "Owner", passwordHash: await hashPassword(PASSWORD) } });
  return email;
}
const attempt = (email: string, password: string, ip: string | null) => verifyCredentials(db(), { email, password, ip }, noSleep);

describe("the client address", () => {
  it("comes from the socket; X-Real-IP and X-Forwarded-For sent by a client are ignored", () => {
    const headers = new Headers({ [PEER_HEADER]: "203.0.113.7", "x-real-ip": "1.2.3.4", "x-forwarded-for": "5.6.7.8" });
    expect(clientAddress(headers, { TRUST_PROXY: false, TRUSTED_PROXIES: ["loopback"] })).toBe("203.0.113.7");
  });

  it("is unknown (null), not a shared 'unknown' bucket, without the socket header", () => {
    expect(clientAddress(new Headers({ "x-real-ip": "1.2.3.4" }), { TRUST_PROXY: false, TRUSTED_PROXIES: ["loopback"] })).toBeNull();
  });

  it("behind trusted proxies is the right-most hop that is not one of them (a spoofed left-most entry is ignored)", () => {
    const config = { TRUST_PROXY: true, TRUSTED_PROXIES: ["loopback", "10.0.0.0/8"] };
    const via = (xff: string, peer = "127.0.0.1") => clientAddress(new Headers({ [PEER_HEADER]: peer, "x-forwarded-for": xff }), config);
    expect(via("6.6.6.6, 203.0.113.9")).toBe("203.0.113.9");
    expect(via("6.6.6.6, 203.0.113.9, 10.1.2.3")).toBe("203.0.113.9");
    // A peer that is not a trusted proxy is the client, whatever it forwards.
    expect(via("6.6.6.6", "198.51.100.4")).toBe("198.51.100.4");
  });
});

describe("sign-in throttling", () => {
  it("an attacker elsewhere cannot lock the owner out", async () => {
    const email = await account();
    const attacker = freshAddress();
    for (let i = 0; i < THROTTLE.accountAddress.points + 5; i++) await attempt(email, "wrong password!", attacker).catch(() => undefined);
    await expect(attempt(email, PASSWORD, attacker)).rejects.toThrow(/Too many failed sign-in attempts/);
    await expect(attempt(email, PASSWORD, freshAddress())).resolves.toMatchObject({ email });
  });

  it("failures from many addresses of nobody in particular do not add up to one shared lock", async () => {
    const email = await account();
    for (let i = 0; i < 40; i++) await attempt(`nobody-${unique()}@example.org`, "wrong password!", freshAddress()).catch(() => undefined);
    await expect(attempt(email, PASSWORD, freshAddress())).resolves.toMatchObject({ email });
  });

  it("a request without a known address is refused, not counted in a shared bucket", async () => {
    const email = await account();
    await expect(attempt(email, PASSWORD, null)).rejects.toThrow(NO_ADDRESS);
  });

  it("a concurrent burst gets exactly the allowed number of guesses evaluated", async () => {
    const email = await account();
    const address = freshAddress();
    const results = await Promise.allSettled(Array.from({ length: 25 }, () => attempt(email, "wrong password!", address)));
    const evaluated = results.filter((r) => r.status === "rejected" && (r.reason as Error).message === INVALID_CREDENTIALS).length;
    expect(evaluated).toBe(THROTTLE.accountAddress.points);
  });

  it("an address failing across many accounts is paused, other addresses are not", async () => {
    const address = freshAddress();
    for (let i = 0; i < THROTTLE.address.points; i++) await attempt(`spray-${unique()}@example.org`, "wrong password!", address).catch(() => undefined);
    const email = await account();
    await expect(attempt(email, PASSWORD, address)).rejects.toThrow(/from your network/);
    await expect(attempt(email, PASSWORD, freshAddress())).resolves.toMatchObject({ email });
  });
});

describe("the post-sign-in redirect", () => {
  it("is an absolute URL on this site (next-auth's client parses it with new URL), never another origin", async () => {
    const redirect = (url: string) => createAuthOptions().callbacks!.redirect!({ url, baseUrl: "http://localhost:3000" });
    expect(await redirect("/settings")).toBe("http://localhost:3000/settings");
    expect(await redirect("http://localhost:3000/lists?x=1")).toBe("http://localhost:3000/lists?x=1");
    for (const hostile of ["https://evil.example/", "//evil.example/", "/\t/evil.example/", "/%09/evil.example/", "/\\evil.example"]) {
      expect(await redirect(hostile)).toBe("http://localhost:3000/");
    }
  });
});
