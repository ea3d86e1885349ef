// citation-js ships no TypeScript types; this declares only the surface this package uses.
declare module "@citation-js/core" {
  export const plugins: {
    input: {
      chain(input: unknown, options?: Record<string, unknown>): unknown;
      chainLink(input: unknown, options?: Record<string, unknown>): unknown;
      type(input: unknown): string;
    };
    config: { get(name: string): Record<string, unknown> };
  };
  export class Cite {
    constructor(data?: unknown, options?: Record<string, unknown>);
    data: Record<string, unknown>[];
    format(format: string, options?: Record<string, unknown>): string;
  }
}
declare module "@citation-js/plugin-bibtex";
declare module "@citation-js/plugin-ris";
declare module "@citation-js/plugin-csl";
