export function prismaDiff(scratchUrl: string, args: string[]): { status: number; stdout: string; stderr: string };
export function schemaSql(scratchUrl: string): string;
export function schemaDiffSql(scratchUrl: string, fromSchemaText: string, toSchemaText: string): string;
