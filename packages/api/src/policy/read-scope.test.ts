import { describe, expect, it } from "vitest";
import { canReadAnnotation, readDependsOnScope, type AnnotationAccess, type AnnotationSubject } from "./can.ts";

// Live events decide visibility from the event's subject and load the caller's team role or list verdict
// only when readDependsOnScope says the read rule looks at them: it must never skip one that matters.

const accesses: AnnotationAccess[] = [
  { teamRole: null, list: null },
  { teamRole: "VIEWER", list: null },
  { teamRole: null, list: { readable: true, role: null } },
  { teamRole: "OWNER", list: { readable: false, role: "OWNER" } },
];
const subjects: AnnotationSubject[] = (["PRIVATE", "TEAM", "PUBLIC"] as const).flatMap((visibility) =>
  [null, "team1"].flatMap((teamId) => [null, "list1"].map((listId) => ({ authorId: "author", visibility, teamId, listId }))),
);

describe("readDependsOnScope", () => {
  for (const userId of [null, "author", "someone"])
    for (const a of subjects)
      it(`${a.visibility} team=${a.teamId} list=${a.listId}, caller ${userId}`, () => {
        const answers = new Set(accesses.map((access) => canReadAnnotation(a, userId, access)));
        // Independent of the access ⇔ nothing need be loaded.
        expect(readDependsOnScope(a, userId)).toBe(answers.size > 1);
      });
});
