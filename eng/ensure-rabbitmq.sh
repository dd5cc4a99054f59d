#!/usr/bin/env bash
# Installs RabbitMQ from the OS packages when it is missing. The suite and the tests start their own node from it, on
# loopback, as a plain process: the system service is not used.
set -euo pipefail

if [ -x /usr/lib/rabbitmq/bin/rabbitmq-server ]; then
  exit 0
fi

"$(dirname "$0")/install-os-service-package.sh" rabbitmq-server RabbitMQ
