// npm run db:migrate | db:seed | db:reset
import { createDb } from "@commonplace/db";
import { migrate, resetDatabase } from "@commonplace/db/migrate";
import { seedDemo } from "@commonplace/api/seed";
import { withServices } from "./launch/command-services.ts";

const command = process.argv[2];
if (!["migrate", "seed", "reset"].includes(command ?? "")) {
  console.error("Usage: npm run db:migrate | db:seed | db:reset");
  process.exit(1);
}

const ok = await withServices({}, async ({ databaseUrl, applied }) => {
  if (command === "reset") {
    await resetDatabase(databaseUrl);
    console.log("Dropped every table.");
    applied = (await migrate(databaseUrl)).applied;
  }
  console.log(applied.length ? `Applied: ${applied.join(", ")}` : "Database is up to date.");
  if (command === "seed") {
    const db = createDb(databaseUrl, { max: 2 });
    const demo = await seedDemo(db);
    await db.$disconnect();
    console.log(`Demo data: ${demo.users.map((u) => u.email).join(", ")} (password "${demo.password}"), team "${demo.team}".`);
  }
  return true;
}).catch((error: unknown) => {
  console.error(`✗ ${error instanceof Error ? error.message : String(error)}`);
  return false;
});
process.exit(ok ? 0 : 1);
