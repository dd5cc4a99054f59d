#!/usr/bin/env bash
# Runs every test: unit, functional (real RabbitMQ, Redis and SQLite) and end-to-end (the whole suite through the gateway).
set -euo pipefail
cd "$(dirname "$0")"

eng/ensure-rabbitmq.sh
eng/ensure-redis.sh
dotnet test --solution Social.sln "$@"
