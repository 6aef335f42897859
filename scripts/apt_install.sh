# Sourced by the ci_*.sh scripts. apt_install LABEL PACKAGE... installs Debian packages without their
# recommendations (through sudo when not root), or fails with a clear message where apt-get is missing.
apt_install() {
    local label=$1
    shift
    if ! command -v apt-get >/dev/null; then
        echo "$label: missing $* and apt-get is not available; install them with your package manager" >&2
        return 1
    fi
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        sudo="sudo"
    fi
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update -q
    $sudo apt-get install -y -q --no-install-recommends "$@"
}
