#!/usr/bin/env bash
# Starts the whole suite: RabbitMQ, the five services, the gateway and the Aspire dashboard.
set -euo pipefail
cd "$(dirname "$0")"

eng/ensure-rabbitmq.sh
# With Social__Replicas > 1 the gateways share their rate-limit counters in a local Redis; one gateway needs none.
if [ "${Social__Replicas:-1}" -gt 1 ]; then
  eng/ensure-redis.sh
fi

cat <<TXT

  Social is starting.
    Gateway (API):      http://localhost:5080        (docs: http://localhost:5080/docs)
    Gateway (gRPC):     http://localhost:5081        (HTTP/2 cleartext)
    Aspire dashboard:   http://localhost:18888       (the login link with its token is printed below)

TXT
exec dotnet run --project Social.AppHost --launch-profile http
