import config from "@commonplace/eslint-config";
export default config();
