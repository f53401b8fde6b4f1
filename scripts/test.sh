#!/usr/bin/env bash
# Run the whole test suite offscreen, against SQLite files and a throwaway PostgreSQL server.
# Any arguments go to pytest.
#
# The PostgreSQL runs need initdb and pg_ctl: they are installed from Debian's packages where
# they are missing and this may (as root or with sudo). DUBAN_TEST_PG_URL set beforehand (an
# admin URL such as postgresql+psycopg://user@host:port/postgres) uses that server instead.
# Where no server can be had, those tests are skipped with the reason, except in CI (CI=true),
# where they fail.
source "$(dirname "${BASH_SOURCE[0]}")/setup-env.sh"
ensure_qt_libraries
ensure_cjk_font
ensure_test_fonts
ensure_libreoffice
ensure_poppler
ensure_fuse
ensure_nsis
ensure_desktop_file_utils
ensure_venv test
cd "$ROOT"
export QT_QPA_PLATFORM=offscreen

trap stop_test_postgres EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
if [ -z "${DUBAN_TEST_PG_URL:-}" ]; then
    if ensure_postgres && start_test_postgres; then
        :
    else
        export DUBAN_TEST_PG_UNAVAILABLE="$PG_UNAVAILABLE"
        say "$PG_UNAVAILABLE: the PostgreSQL runs of the tests $([ "${CI:-}" = true ] && echo fail || echo are skipped)"
    fi
fi

set +e
"$VENV/bin/python" -m pytest "$@"
status=$?
stop_test_postgres
exit "$status"
