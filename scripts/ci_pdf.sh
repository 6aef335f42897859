#!/usr/bin/env bash
# Make sure the system libraries of PDF reports are installed: Pango (which WeasyPrint
# prints with), a font, and poppler-utils (pdftoppm/pdftotext, used by the PDF tests).
# Installs with apt-get only what is missing.
set -euo pipefail
. "$(dirname "$0")/apt_install.sh"

missing=()
have_lib() { ldconfig -p 2>/dev/null | grep -q "$1"; }
have_lib "libpango-1.0.so.0" || missing+=(libpango-1.0-0)
have_lib "libpangoft2-1.0.so.0" || missing+=(libpangoft2-1.0-0)
have_lib "libharfbuzz-subset.so.0" || missing+=(libharfbuzz-subset0)
command -v pdftoppm >/dev/null && command -v pdftotext >/dev/null || missing+=(poppler-utils)
fc-list 2>/dev/null | grep -qi "DejaVu Sans" || missing+=(fonts-dejavu-core)

if [ ${#missing[@]} -eq 0 ]; then
    echo "pdf: pango, fonts and poppler-utils found, nothing to install"
    exit 0
fi
apt_install pdf "${missing[@]}"
echo "pdf: installed ${missing[*]}"
