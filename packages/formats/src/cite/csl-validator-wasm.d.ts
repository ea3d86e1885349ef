// csl-validator-wasm ships no TypeScript types: rnv (compiled to WebAssembly) with the official CSL schema.
declare module "csl-validator-wasm" {
  /** rnv's report: empty when the style is valid, else lines like "/style.csl:LINE:COL: error: …". */
  export function validateStyle(style: string): Promise<string>;
}
