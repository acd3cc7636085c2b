# One web cabinet served by nginx. Build from the repository root:
#   docker build -f docker/web.Dockerfile --build-arg APP=citizen -t czn-web-citizen .
# APP is citizen, employer or staff. /graphql is proxied to the gateway (GATEWAY_UPSTREAM).

FROM node:20-bookworm-slim AS build
ARG APP
ENV CI=true \
    NPM_CONFIG_UPDATE_NOTIFIER=false \
    NPM_CONFIG_FUND=false \
    NPM_CONFIG_AUDIT=false
WORKDIR /app
RUN case "$APP" in \
      citizen|employer|staff) ;; \
      *) echo "Build arg APP must be citizen, employer or staff, got '$APP'" >&2; exit 1 ;; \
    esac
# npm ci checks the lockfile against every workspace, so the whole repository is copied;
# only the root (TypeScript) and the chosen app's dependencies are installed.
COPY . .
RUN npm ci --workspace "@czn/web-$APP" --include-workspace-root \
 && npm run build --workspace "@czn/web-$APP" \
 && mv "web-$APP/dist" /site

FROM nginx:1.27-alpine AS runtime
ENV GATEWAY_UPSTREAM=http://gateway:4000 \
    NGINX_ENTRYPOINT_LOCAL_RESOLVERS=1 \
    NGINX_ENVSUBST_FILTER="^(GATEWAY_UPSTREAM|NGINX_LOCAL_RESOLVERS)"
RUN rm -f /etc/nginx/conf.d/default.conf
COPY docker/nginx.conf /etc/nginx/templates/default.conf.template
COPY --from=build /site /usr/share/nginx/html
EXPOSE 80
HEALTHCHECK --interval=15s --timeout=3s --start-period=5s --retries=3 \
  CMD wget -q -O /dev/null http://127.0.0.1/healthz || exit 1
