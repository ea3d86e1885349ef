import config, { next, react } from "@commonplace/eslint-config";
export default config(...react, ...next);
