#!/usr/bin/env bash
# Make sure PostgreSQL's server binaries (initdb, pg_ctl) are installed for the
# test run. The tests create, start and remove their own throwaway cluster, so
# this only installs Debian's postgresql package when no initdb is found.
set -euo pipefail

found_initdb() {
    compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || command -v initdb >/dev/null
}

if found_initdb; then
    echo "postgresql: initdb found, nothing to install"
    exit 0
fi

if ! command -v apt-get >/dev/null; then
    echo "postgresql: initdb is missing and apt-get is not available; install PostgreSQL's server" >&2
    exit 1
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
    sudo="sudo"
fi

export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -q
$sudo apt-get install -y -q --no-install-recommends postgresql
found_initdb || { echo "postgresql: installed, but initdb was not found" >&2; exit 1; }
echo "postgresql: installed $(ls /usr/lib/postgresql)"
