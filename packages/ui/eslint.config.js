import config, { react } from "@commonplace/eslint-config";
export default config(...react);
