# The bot in a container: Node 24 LTS, a non-root user, its data in a volume, and a health check.
# Build: docker build -t mentorbot .   Run: docker run --env-file .env -v mentorbot-data:/app/data mentorbot
# (or `docker compose up -d` with compose.yaml, which adds PostgreSQL).

FROM node:24-slim AS build
WORKDIR /app
# better-sqlite3 compiles from source when no prebuilt binary matches
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json prisma.config.ts ./
COPY prisma ./prisma
RUN npm ci --no-audit --no-fund
COPY . .
# compiled once here; npm start then finds dist/ current and runs it with plain Node
RUN npm run build && npm prune --omit=dev --no-audit --no-fund

FROM node:24-slim
ENV NODE_ENV=production \
    DATABASE_URL=file:/app/data/mentors.db \
    HEALTH_PORT=9090
WORKDIR /app
COPY --from=build --chown=node:node /app /app
RUN mkdir -p /app/data && chown node:node /app/data
USER node
VOLUME /app/data
# 3000: Slack over HTTP (POST /slack/events); 9090: /healthz, /readyz, /metrics
EXPOSE 3000 9090
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+process.env.HEALTH_PORT+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# the same start command as the README's quick start and CI
CMD ["npm", "start"]
