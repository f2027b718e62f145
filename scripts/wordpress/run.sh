#!/usr/bin/env bash
# npm run test:wordpress: proves in a real WordPress (Debian's package) what a
# reader sees when the builder's snippets are published by an administrator and
# by an author (a role without unfiltered_html, so kses filters the post).
#
# 1. installs Debian's wordpress, its default theme, mariadb-server and php-cli
#    where missing (as root; apt-get update first);
# 2. starts a throwaway MariaDB (own data directory and socket, no TCP) and
#    PHP's built-in web server on a copy of WordPress, both under one temp dir;
# 3. installs a fresh site with an administrator and an author;
# 4. runs test/wordpress/ (node --test): it serves dist/ and the feed from a
#    second origin (a stand-in CDN), makes the snippets with demo/builder.html,
#    publishes them as each role (scripts/wordpress/publish.php) and opens each
#    post in Chromium as a reader.
# Everything it starts is stopped on exit, and the temp dir removed.
# Keep the temp dir for a look: KEEP=1 npm run test:wordpress
set -euo pipefail
cd "$(dirname "$0")/../.."
HERE=scripts/wordpress
START=$(date +%s)

log() { printf '[wordpress %ss] %s\n' "$(($(date +%s) - START))" "$*"; }

# --- 1. packages ------------------------------------------------------------
PACKAGES=(wordpress wordpress-theme-twentytwentythree mariadb-server php-cli php-mysql)
missing=()
# Installed, not merely known: a package removed without purging still answers `dpkg -s`.
installed() { [[ $(dpkg-query -W -f='${Status}' "$1" 2>/dev/null) == 'install ok installed' ]]; }
for p in "${PACKAGES[@]}"; do installed "$p" || missing+=("$p"); done
if ((${#missing[@]})); then
  [[ $(id -u) == 0 ]] || { echo "Installing ${missing[*]} needs root." >&2; exit 1; }
  # Don't let the packages start system services (Apache, MariaDB): this
  # script runs its own, and stops them when it ends.
  policy=/usr/sbin/policy-rc.d
  if [[ ! -e $policy ]]; then printf '#!/bin/sh\nexit 101\n' >"$policy"; chmod +x "$policy"; made_policy=1; fi
  log "installing ${missing[*]}"
  apt-get update -q >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null
  [[ ${made_policy:-} ]] && rm -f "$policy"
  log "installed"
fi
# The bundle, its integrity record and iframe page, and the library the CLI (pages) imports.
[[ -f dist/integrity.json && -f dist/embed/embed.html && -f dist/lib/snippet/pages.js ]] || { log "building dist/"; npm run build:bundle >/dev/null && npm run build:lib >/dev/null; }

# --- 2. processes -----------------------------------------------------------
TMP=$(mktemp -d /tmp/fqa-wordpress.XXXXXX)
# The test's screenshots outlive the run (it prints their folder; the rest of $TMP goes
# at exit): a folder per run, those of runs over a day old removed.
find /tmp -maxdepth 1 -name 'fqa-wordpress-shots.*' -mmin +1440 -exec rm -rf {} + 2>/dev/null || true
WORK=$(mktemp -d /tmp/fqa-wordpress-shots.XXXXXX)
PIDS=()
cleanup() {
  local status=$?
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  if [[ ${KEEP:-} ]]; then echo "Kept $TMP and $WORK"; else rm -rf "$TMP" "$WORK/pages"; rmdir "$WORK" 2>/dev/null || true; fi
  log "done (exit $status)"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() { node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"; }

SOCK=$TMP/mysqld.sock
mariadb-install-db --no-defaults --datadir="$TMP/db" --user=root --auth-root-authentication-method=normal \
  --skip-test-db >"$TMP/mariadb-install.log" 2>&1
mariadbd --no-defaults --datadir="$TMP/db" --socket="$SOCK" --skip-networking --user=root \
  --pid-file="$TMP/mysqld.pid" --log-error="$TMP/mysqld.err" &
PIDS+=($!)
for _ in $(seq 100); do [[ -S $SOCK ]] && break; sleep 0.1; done
[[ -S $SOCK ]] || { cat "$TMP/mysqld.err" >&2; exit 1; }
mariadb --no-defaults --socket="$SOCK" -uroot -e 'CREATE DATABASE wordpress CHARACTER SET utf8mb4'
log "MariaDB up"

SITE=$TMP/site
cp -a /usr/share/wordpress "$SITE"
rm -f "$SITE/wp-config.php" "$SITE/.htaccess"
mkdir -p "$SITE/wp-content/mu-plugins"
cp "$HERE/mu-plugin.php" "$SITE/wp-content/mu-plugins/fertility-qa-test-site.php"
WP_PORT=$(free_port)
WP_URL=http://127.0.0.1:$WP_PORT
salt() { head -c 48 /dev/urandom | base64 | tr -d '\n/+='; }
cat >"$SITE/wp-config.php" <<PHP
<?php
// A throwaway test site (scripts/wordpress/run.sh).
define('DB_NAME', 'wordpress');
define('DB_USER', 'root');
define('DB_PASSWORD', '');
define('DB_HOST', 'localhost:$SOCK');
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');
\$table_prefix = 'wp_';
foreach (['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT'] as \$i => \$name) define(\$name, '$(salt)' . \$i);
define('WP_HOME', '$WP_URL');
define('WP_SITEURL', '$WP_URL');
// No request leaves this machine: updates, cron and every non-local host are off.
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('DISABLE_WP_CRON', true);
define('WP_DEBUG', false);
if (!defined('ABSPATH')) define('ABSPATH', __DIR__ . '/');
require_once ABSPATH . 'wp-settings.php';
PHP
export WP_ROOT=$SITE WP_URL FQA_WP_TMP=$WORK
php "$HERE/install.php"
log "WordPress installed at $WP_URL"
PHP_CLI_SERVER_WORKERS=4 php -S "127.0.0.1:$WP_PORT" -t "$SITE" >"$TMP/php-server.log" 2>&1 &
PIDS+=($!)
node -e "(async()=>{for(let i=0;i<100;i++){try{if((await fetch(process.argv[1])).ok)return}catch{}await new Promise(r=>setTimeout(r,100))}process.exit(1)})()" "$WP_URL/"

# --- 3. the reader's view -----------------------------------------------------
node --test --test-reporter=spec test/wordpress/
