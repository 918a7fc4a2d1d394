#!/usr/bin/env bash
# Validates docker-compose.yml without a Docker engine: `docker compose config` when the compose plugin is there,
# else the standalone docker-compose (installed from Debian's packages when we are root and it is missing).
set -euo pipefail
cd "$(dirname "$0")/.."
if docker compose version >/dev/null 2>&1; then
  docker compose config --quiet
elif command -v docker-compose >/dev/null 2>&1; then
  docker-compose config -q
elif [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing docker-compose (Debian package) to validate docker-compose.yml ..."
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq docker-compose >/dev/null
  docker-compose config -q
else
  echo "check-compose: neither 'docker compose' nor 'docker-compose' is installed: install one (apt-get install docker-compose)" >&2
  exit 1
fi
echo "docker-compose.yml is valid"
