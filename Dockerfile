# One image for every Node service: the gateway, the five subgraphs and the migrations.
# docker-compose.yml runs it with a different command per service, e.g.
#   node gateway/dist/index.js | node subgraphs/identity/dist/index.js | node scripts/migrate.js

FROM node:20-bookworm-slim AS build
ENV CI=true \
    NPM_CONFIG_UPDATE_NOTIFIER=false \
    NPM_CONFIG_FUND=false \
    NPM_CONFIG_AUDIT=false \
    TURBO_TELEMETRY_DISABLED=1
WORKDIR /app
COPY . .
RUN npm ci && npm run build
RUN npm prune --omit=dev \
 && rm -rf .turbo node_modules/.cache \
 && npm cache clean --force

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production \
    NPM_CONFIG_UPDATE_NOTIFIER=false
WORKDIR /app
# Owned by root and only readable by the service user: nothing at run time writes into /app.
COPY --from=build /app /app
USER node
# The slim image has no curl. PORT is set per service (compose sets it for every service).
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=5 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 4000) + '/health', { signal: AbortSignal.timeout(4000) }).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "-e", "console.log(['Образ сервисов платформы ЦЗН. Укажите команду запуска:', '  node scripts/migrate.js                 миграции всех подграфов', '  node gateway/dist/index.js              шлюз GraphQL (PORT 4000)', '  node subgraphs/<имя>/dist/index.js      подграф: identity, citizen, employer, scheduling, routing', 'Например: docker run --rm -e DATABASE_URL=... -e INTERNAL_TOKEN_SECRET=... <образ> node scripts/migrate.js'].join('\\n'))"]
