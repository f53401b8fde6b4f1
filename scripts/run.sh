#!/usr/bin/env bash
# Start Duban on the default database (first start: made from the built-in 2022 plan).
# Any arguments go to the duban command: scripts/run.sh PATH, scripts/run.sh info PATH, ...
source "$(dirname "${BASH_SOURCE[0]}")/setup-env.sh"
ensure_qt_libraries screen
ensure_cjk_font
if [ -f "$VENV/.duban-installed" ] && grep -q "extras=test" "$VENV/.duban-installed"; then
    ensure_venv test   # the test set-up already covers everything run needs
else
    ensure_venv ""
fi
exec "$VENV/bin/duban" "$@"
