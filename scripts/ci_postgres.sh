#!/usr/bin/env bash
# Make sure PostgreSQL's server binaries (initdb, pg_ctl) are installed for the
# test run. The tests create, start and remove their own throwaway cluster, so
# this only installs Debian's postgresql package when no initdb is found.
set -euo pipefail
. "$(dirname "$0")/apt_install.sh"

found_initdb() {
    compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || command -v initdb >/dev/null
}

if found_initdb; then
    echo "postgresql: initdb found, nothing to install"
    exit 0
fi

apt_install postgresql postgresql
found_initdb || { echo "postgresql: installed, but initdb was not found" >&2; exit 1; }
echo "postgresql: installed $(ls /usr/lib/postgresql)"
