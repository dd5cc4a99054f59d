#!/usr/bin/env bash
# Installs Redis from the OS packages when it is missing. The gateway replicas of the suite share their rate-limit
# counters in it; the AppHost (with Social:Replicas > 1) and the tests start their own server, on loopback, as a plain
# process: the system service is not used.
set -euo pipefail

if command -v redis-server >/dev/null 2>&1; then
  exit 0
fi

"$(dirname "$0")/install-os-service-package.sh" redis-server Redis
