// The image's `migrate` command: applies the SQL migrations to DATABASE_URL and exits (0 when up to date).
import { migrate } from "@commonplace/db/migrate";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("migrate: DATABASE_URL is not set (postgresql://user:password@host:port/database).");
  process.exit(2);
}
try {
  const result = await migrate(url);
  console.log(
    result.applied.length
      ? `Applied ${result.applied.length} migration(s): ${result.applied.join(", ")}`
      : `Database is up to date (${result.alreadyApplied} migrations).`,
  );
} catch (error) {
  console.error(`migrate: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
