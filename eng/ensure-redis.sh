#!/usr/bin/env bash
# Installs Redis from the OS packages when it is missing (Debian/Ubuntu). The gateway replicas of the suite share
# their rate-limit counters in it; the AppHost (with Social:Replicas > 1) and the tests start their own server, on
# loopback, as a plain process: the system service is not used.
set -euo pipefail

if command -v redis-server >/dev/null 2>&1; then
  exit 0
fi

echo "Installing Redis (redis-server) from the OS packages..."
sudo_cmd=""
if [ "$(id -u)" -ne 0 ]; then
  sudo_cmd="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo_cmd apt-get update -q
$sudo_cmd apt-get install -y -q --no-install-recommends redis-server
# The package may start its own system server on port 6379; the suite does not need it.
$sudo_cmd service redis-server stop >/dev/null 2>&1 || true
