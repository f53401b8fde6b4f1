#!/usr/bin/env bash
# Run the whole test suite offscreen. Any arguments go to pytest.
source "$(dirname "${BASH_SOURCE[0]}")/setup-env.sh"
ensure_qt_libraries
ensure_cjk_font
ensure_libreoffice
ensure_poppler
ensure_venv test
cd "$ROOT"
export QT_QPA_PLATFORM=offscreen
exec "$VENV/bin/python" -m pytest "$@"
