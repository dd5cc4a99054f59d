#!/usr/bin/env bash
# Installs RabbitMQ from the OS packages when it is missing (Debian/Ubuntu). The suite and the tests start their own
# node from it, on loopback, as a plain process: the system service is not used.
set -euo pipefail

if [ -x /usr/lib/rabbitmq/bin/rabbitmq-server ]; then
  exit 0
fi

echo "Installing RabbitMQ (rabbitmq-server) from the OS packages..."
sudo_cmd=""
if [ "$(id -u)" -ne 0 ]; then
  sudo_cmd="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo_cmd apt-get update -q
$sudo_cmd apt-get install -y -q --no-install-recommends rabbitmq-server
# The package may start its own system node; the suite does not need it.
$sudo_cmd service rabbitmq-server stop >/dev/null 2>&1 || true
