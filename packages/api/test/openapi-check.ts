import { Ajv2020 } from "ajv/dist/2020.js";
import { restRoutes } from "../src/rest/handler.ts";
import { openApiDocument } from "../src/rest/openapi.ts";
import { matchPath } from "../src/rest/route.ts";

// Every live answer of the REST integration tests against the OpenAPI document: its status must be one the
// operation documents, its media type one that status lists, and its body must match that schema (ajv,
// JSON Schema 2020-12 as OpenAPI 3.1 uses). Test helpers call this on each response they read.

type Media = Record<string, { schema: object }>;
type Operation = { responses: Record<string, { content?: Media }> };
const doc = openApiDocument(restRoutes, "http://localhost", "test") as unknown as { paths: Record<string, Record<string, Operation>> };
const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
const compiled = new WeakMap<object, ReturnType<typeof ajv.compile>>();

/** The operation serving `method path`: literal segments win over parameters (/papers/search before /papers/{id}). */
function operationFor(method: string, path: string): { template: string; op: Operation } {
  const templates = Object.keys(doc.paths)
    .filter((t) => doc.paths[t]![method.toLowerCase()] && matchPath(t, path))
    .sort((a, b) => (a.match(/\{/g)?.length ?? 0) - (b.match(/\{/g)?.length ?? 0));
  if (!templates[0]) throw new Error(`${method} ${path} is not an operation of the OpenAPI document`);
  return { template: templates[0], op: doc.paths[templates[0]]![method.toLowerCase()]! };
}

/** Throws when `response` (to `method url`) is not what the OpenAPI document says it may be. */
export async function expectDocumented(method: string, url: string, response: Response): Promise<void> {
  const path = new URL(url, "http://localhost").pathname.replace(/^\/api\/v1/, "");
  if (path === "/openapi.json") return;
  const { template, op } = operationFor(method, path);
  const where = `${method} ${template} → ${response.status}`;
  const documented = op.responses[String(response.status)];
  if (!documented) throw new Error(`${where}: this status is not documented`);
  const type = (response.headers.get("content-type") ?? "").split(";")[0]!.trim();
  const media = documented.content?.[type];
  if (!media) throw new Error(`${where}: content type "${type}" is not documented (documented: ${Object.keys(documented.content ?? {}).join(", ")})`);
  const text = await response.clone().text();
  const value = /^application\/(.+\+)?json$/.test(type) ? JSON.parse(text) : text;
  let validate = compiled.get(media.schema);
  if (!validate) compiled.set(media.schema, (validate = ajv.compile(media.schema)));
  if (!validate(value)) throw new Error(`${where} (${type}): the body does not match its schema: ${ajv.errorsText(validate.errors)}`);
}
