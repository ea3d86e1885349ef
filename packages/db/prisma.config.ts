import { defineConfig } from "prisma/config";

// Used by `prisma generate` (no database needed) and, where Prisma's engine is available, by
// `prisma migrate deploy`, which is interchangeable with the project's own runner (src/migrate.ts).
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost/commonplace" },
});
