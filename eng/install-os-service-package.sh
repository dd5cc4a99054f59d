#!/usr/bin/env bash
# Installs a server from the OS packages (Debian/Ubuntu) and stops the system service the package may start: the suite
# and the tests run their own server from it, on loopback, as a plain process.
# Usage: eng/install-os-service-package.sh <package> <name shown>
set -euo pipefail
package=$1
name=$2

echo "Installing $name ($package) from the OS packages..."
sudo_cmd=""
if [ "$(id -u)" -ne 0 ]; then
  sudo_cmd="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo_cmd apt-get update -q
$sudo_cmd apt-get install -y -q --no-install-recommends "$package"
$sudo_cmd service "$package" stop >/dev/null 2>&1 || true
