# Commonplace: one image for every process of a deployment.
#   docker build -t commonplace .
#   docker run IMAGE migrate | web | worker | admin <command> | ingest <inputs> | reindex
# compose.yaml wires them to PostgreSQL and Meilisearch. Stages: manifests → deps (npm ci, cached while
# package.json files and the lock are unchanged) → build (Prisma client, Next standalone, worker bundles)
# → runtime (Node, the standalone web server, the bundled worker side; no npm, no sources, non-root).
# Plain Dockerfile syntax: it builds with BuildKit and with the classic builder alike.

FROM node:24-bookworm-slim AS manifests
WORKDIR /src
COPY . .
# Only package.json files and the lock, at their paths: the install layer's cache key.
RUN mkdir /manifests \
 && find . -path ./node_modules -prune -o \( -name package.json -o -name package-lock.json \) -print \
    | xargs -I{} cp --parents {} /manifests/

FROM node:24-bookworm-slim AS deps
WORKDIR /src
ENV NEXT_TELEMETRY_DISABLED=1 TURBO_TELEMETRY_DISABLED=1 CHECKPOINT_DISABLE=1 PRISMA_HIDE_UPDATE_MESSAGE=1
# The registry npm uses (`--build-arg NPM_CONFIG_REGISTRY=…`; unset: npm's default), and extra certificate
# authorities it must trust, e.g. a TLS-inspecting proxy's (`--build-arg NPM_EXTRA_CA="$(cat proxy-ca.pem)"`).
ARG NPM_CONFIG_REGISTRY
ARG NPM_EXTRA_CA
COPY --from=manifests /manifests/ ./
RUN if [ -n "$NPM_EXTRA_CA" ]; then printf '%s\n' "$NPM_EXTRA_CA" > /tmp/extra-ca.pem && export NODE_EXTRA_CA_CERTS=/tmp/extra-ca.pem; fi \
 && npm ci --no-audit --no-fund --loglevel=error

FROM deps AS build
COPY . .
RUN node scripts/prisma-generate.mjs
# NEXT_OUTPUT=standalone (apps/web/next.config.ts): the built app plus only the files it loads. The web
# process is the app's own server (apps/web/server.mjs, started by docker/web.mjs), not Next's server.js.
RUN cd apps/web && NEXT_OUTPUT=standalone ../../node_modules/.bin/next build
RUN mkdir -p /out \
 && mv apps/web/.next/standalone /out/web \
 && rm /out/web/apps/web/server.js \
 && cp apps/web/server.mjs apps/web/page-cache.mjs docker/web.mjs /out/web/apps/web/ \
 && mv /out/web/apps/web/.next /out/web-next \
 && cp -r apps/web/.next/static /out/web-next/static \
 && node_modules/.bin/tsx scripts/docker/bundle.ts /out/worker \
 && cp docker/entrypoint.sh /out/entrypoint.sh

FROM node:24-bookworm-slim AS runtime
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 HOSTNAME=0.0.0.0
RUN groupadd --system --gid 1001 commonplace \
 && useradd --system --uid 1001 --gid commonplace --home-dir /app --no-create-home --shell /usr/sbin/nologin commonplace
WORKDIR /app
# Code stays root-owned (read-only to the app); Next writes its cache under .next, so that folder is the app's.
COPY --from=build /out/web /app/web
COPY --from=build --chown=commonplace:commonplace /out/web-next /app/web/apps/web/.next
COPY --from=build /out/worker /app/worker
COPY --from=build /out/entrypoint.sh /app/entrypoint.sh
USER commonplace
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=10s --start-period=60s --retries=3 CMD ["node", "/app/worker/dist/healthcheck.mjs"]
ENTRYPOINT ["/app/entrypoint.sh"]
CMD ["web"]
