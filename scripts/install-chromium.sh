#!/usr/bin/env bash
# Installs Debian's Chromium for the browser tests, where it is missing.
# (Test-runner browser downloads do not work on our machines: no internet
# beyond npm and Debian's packages.)
set -euo pipefail
if [ -x /usr/bin/chromium ] || [ -n "${CHROME_PATH:-}" ]; then
  exit 0
fi
sudo_cmd=""
if [ "$(id -u)" -ne 0 ]; then sudo_cmd="sudo"; fi
$sudo_cmd apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium
