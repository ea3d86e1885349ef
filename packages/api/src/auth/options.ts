import { safeCallbackPath } from "../security/web.ts";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import GitHubProvider from "next-auth/providers/github";
import GoogleProvider from "next-auth/providers/google";
import { env } from "../env.ts";
import { db } from "../lib/services.ts";
import { SignInError, verifyCredentials } from "./credentials.ts";
import { clientAddress } from "../security/client-address.ts";
import { sessionStillValid } from "./sessions.ts";

/**
 * next-auth 4 with JWT sessions (required by the Credentials provider). OAuth providers appear only when
 * their client id and secret are configured.
 */
export function createAuthOptions(): NextAuthOptions {
  const config = env();
  const providers: NextAuthOptions["providers"] = [
    CredentialsProvider({
      id: "credentials",
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, req) {
        try {
          return await verifyCredentials(db(), {
            email: credentials?.email,
            password: credentials?.password,
            ip: clientAddress((req?.headers ?? {}) as Record<string, string>),
          });
        } catch (error) {
          // next-auth hands a thrown error's message to the sign-in page as `error`.
          if (error instanceof SignInError) throw new Error(error.message);
          throw error;
        }
      },
    }),
  ];
  if (config.GITHUB_CLIENT_ID && config.GITHUB_CLIENT_SECRET) {
    providers.push(GitHubProvider({ clientId: config.GITHUB_CLIENT_ID, clientSecret: config.GITHUB_CLIENT_SECRET }));
  }
  if (config.GOOGLE_CLIENT_ID && config.GOOGLE_CLIENT_SECRET) {
    providers.push(GoogleProvider({ clientId: config.GOOGLE_CLIENT_ID, clientSecret: config.GOOGLE_CLIENT_SECRET }));
  }
  return {
    secret: config.AUTH_SECRET,
    session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
    pages: { signIn: "/sign-in", error: "/sign-in" },
    providers,
    callbacks: {
      // Redirects stay relative, so sign-in and sign-out keep the user on the address they opened the app
      // at (127.0.0.1, a LAN name) whatever APP_URL says; anything not a same-site path goes home.
      // Only paths on this site; absolute on the request's own origin, because next-auth's client reads
      // the answer with `new URL(url)` (a relative URL makes signIn() throw in the browser).
      async redirect({ url, baseUrl }) {
        const path = url.startsWith(baseUrl) ? url.slice(baseUrl.length) || "/" : url;
        return `${baseUrl.replace(/\/$/, "")}${safeCallbackPath(path, "/")}`;
      },
      async jwt({ token, user }) {
        if (user) {
          token.sub = user.id;
          token.handle = (user as { handle?: string }).handle;
          // OAuth sign-ins bring no version: read it, so "sign out everywhere" ends those sessions too.
          token.sv =
            (user as { sessionVersion?: number }).sessionVersion ??
            (await db().user.findUnique({ where: { id: user.id }, select: { sessionVersion: true } }))?.sessionVersion ??
            0;
        }
        return token;
      },
      // Checked on every request that reads the session: a password change or reset, or "sign out
      // everywhere", bumps the account's version, and every JWT carrying an older one stops counting.
      async session({ session, token }) {
        if (session.user && token.sub && (await sessionStillValid(token.sub, token.sv))) {
          Object.assign(session.user, { id: token.sub, handle: token.handle });
          return session;
        }
        return { expires: session.expires } as typeof session;
      },
    },
  };
}

/** Which OAuth providers are configured, for the sign-in page's buttons. */
export function oauthProviders(): { id: "github" | "google"; name: string }[] {
  const config = env();
  const list: { id: "github" | "google"; name: string }[] = [];
  if (config.GITHUB_CLIENT_ID && config.GITHUB_CLIENT_SECRET) list.push({ id: "github", name: "GitHub" });
  if (config.GOOGLE_CLIENT_ID && config.GOOGLE_CLIENT_SECRET) list.push({ id: "google", name: "Google" });
  return list;
}
