import http from "node:http";

// A keep-alive node:http GET returning parsed JSON: the REST latency system's client. It is the same
// HTTP stack (node:http + keep-alive agent) as the raw Meilisearch baseline it is compared with
// (packages/search search-transport.ts), so the ratio measures the API layer, not two HTTP clients.

export type GetJson = (url: string) => Promise<{ status: number; body: unknown }>;

export function keepAliveGetJson(): GetJson {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  return (url) =>
    new Promise((resolve, reject) => {
      const request = http.get(url, { agent }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("error", reject);
        response.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8");
          try {
            resolve({ status: response.statusCode ?? 0, body: JSON.parse(text) });
          } catch {
            reject(new Error(`GET ${url} answered ${response.statusCode} with a body that is not JSON: ${text.slice(0, 200)}`));
          }
        });
      });
      request.on("error", reject);
    });
}
