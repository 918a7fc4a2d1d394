# The newsgraph server for docker compose: builds the workspace and runs `kg start` against the Neo4j service.
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json tsconfig*.json schema.graphql ./
COPY packages ./packages
COPY scripts ./scripts
COPY data ./data
RUN npm ci --no-audit --no-fund && npm prune --omit=dev --no-audit --no-fund
ENV HOST=0.0.0.0 PORT=4000
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=3s --retries=12 CMD node -e "fetch('http://127.0.0.1:4000/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "packages/cli/bin/kg.js", "start"]
