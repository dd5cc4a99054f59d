#!/usr/bin/env bash
# Runs every test: unit, functional (real RabbitMQ and SQLite) and end-to-end (the whole suite through the gateway).
set -euo pipefail
cd "$(dirname "$0")"

eng/ensure-rabbitmq.sh
dotnet test --solution Social.sln "$@"
