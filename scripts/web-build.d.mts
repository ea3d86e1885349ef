export declare const webBuild: { command: string; args: string[]; env: Record<string, string> };
