// The NOTIFY bus lives in @commonplace/db/live (the worker publishes too, and it must not import the API).
export * from "@commonplace/db/live";
