// npm run admin -- <command> [options]: account administration for self-hosters, straight on the database.
// Uses DATABASE_URL when set; otherwise the embedded PostgreSQL under DATA_DIR (reusing the one `npm start`
// runs, or starting it for the duration of the command).
import { parseArgs } from "node:util";
import { createDb, type Db } from "@commonplace/db";
import { migrate } from "@commonplace/db/migrate";
import { createApiToken, createUser, signUpInput } from "@commonplace/api/admin";
import { withServices } from "./launch/command-services.ts";

const USAGE = `Usage: npm run admin -- <command> [options]

  user:create --email <email> --password <password> --handle <handle> --name <name>
  user:list
  user:admin --email <email> [--revoke]                  makes a person a site administrator (sees every import run)
  token:create --email <email> [--scope read|write] [--name <label>]   prints a personal access token (shown once)

Connects to DATABASE_URL, or to the embedded PostgreSQL in DATA_DIR (default .data/).`;

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    email: { type: "string" },
    password: { type: "string" },
    handle: { type: "string" },
    name: { type: "string" },
    scope: { type: "string", default: "read" },
    revoke: { type: "boolean", default: false },
    help: { type: "boolean", short: "h" },
  },
});
const command = positionals[0];

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

async function userCreate(db: Db) {
  const parsed = signUpInput.safeParse({ email: values.email, password: values.password, handle: values.handle, name: values.name });
  if (!parsed.success) fail(parsed.error.issues.map((i) => `  --${i.path.join(".")}: ${i.message}`).join("\n"));
  const user = await createUser(db, parsed.data);
  console.log(`Created ${user.handle} <${user.email}> (id ${user.id}).`);
}

async function userList(db: Db) {
  const users = await db.user.findMany({
    orderBy: { createdAt: "asc" },
    select: { id: true, email: true, handle: true, name: true, isAdmin: true, createdAt: true, _count: { select: { memberships: true, apiTokens: true } } },
  });
  if (!users.length) return console.log("No users yet. Create one with user:create.");
  console.table(
    users.map((u) => ({
      handle: u.handle,
      email: u.email,
      name: u.name,
      admin: u.isAdmin,
      teams: u._count.memberships,
      tokens: u._count.apiTokens,
      created: u.createdAt.toISOString().slice(0, 10),
      id: u.id,
    })),
  );
}

async function userAdmin(db: Db) {
  if (!values.email) fail("user:admin needs --email <email>.");
  const isAdmin = !values.revoke;
  const updated = await db.user.updateMany({ where: { email: values.email.trim().toLowerCase() }, data: { isAdmin } });
  if (!updated.count) fail(`No user with the email ${values.email}. See user:list.`);
  console.log(`${values.email} ${isAdmin ? "is now a site administrator" : "is no longer a site administrator"}.`);
}

async function tokenCreate(db: Db) {
  if (!values.email) fail("token:create needs --email <email>.");
  const scope = values.scope?.toUpperCase();
  if (scope !== "READ" && scope !== "WRITE") fail("--scope is read or write.");
  const user = await db.user.findUnique({ where: { email: values.email.trim().toLowerCase() }, select: { id: true, handle: true } });
  if (!user) fail(`No user with the email ${values.email}. See user:list.`);
  const token = await createApiToken(db, user.id, { name: values.name ?? "admin CLI", scope });
  // The token alone on stdout (scripts can capture it); the explanation on stderr.
  console.error(
    `${scope === "WRITE" ? "Read-write" : "Read-only"} token for ${user.handle} (prefix ${token.prefix}); it is not stored and will not be shown again:`,
  );
  console.log(token.token);
}

const COMMANDS: Record<string, (db: Db) => Promise<void>> = {
  "user:create": userCreate,
  "user:list": userList,
  "user:admin": userAdmin,
  "token:create": tokenCreate,
};

if (values.help || !command || !COMMANDS[command]) {
  console.log(USAGE);
  process.exit(values.help ? 0 : 1);
}

try {
  await withServices({}, async ({ databaseUrl }) => {
    await migrate(databaseUrl);
    const db = createDb(databaseUrl, { max: 2 });
    try {
      await COMMANDS[command]!(db);
    } finally {
      await db.$disconnect();
    }
  });
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  if (/ECONNREFUSED|password authentication|does not exist/.test(message)) {
    fail(
      `Could not reach the database: ${message}\nSet DATABASE_URL, or run this on the machine where \`npm start\` keeps its data (DATA_DIR, default .data/).`,
    );
  }
  fail(message);
}
