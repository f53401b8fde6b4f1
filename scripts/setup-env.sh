# Shared set-up for run.sh and test.sh: a virtual environment in .venv with Duban installed,
# and the system libraries Qt needs. Sourced, not run. Works on a fresh Debian machine
# with Python 3.11 or newer; installs Debian packages only when something is missing
# and it may (as root, or with sudo).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"
PYTHON="${PYTHON:-python3}"

say() { printf '[duban] %s\n' "$*" >&2; }

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"
    elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then sudo "$@"
    else return 1
    fi
}

APT_UPDATED=0
apt_install() {
    command -v apt-get >/dev/null 2>&1 || return 1
    if [ "$APT_UPDATED" -eq 0 ]; then
        as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null || return 1
        APT_UPDATED=1
    fi
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

has_lib() { ldconfig -p 2>/dev/null | grep -q "$1"; }

# Debian packages for the shared libraries Qt loads: always for offscreen use (tests),
# and the X11 ones when a window is to be shown on a screen.
ensure_qt_libraries() {
    local want=() pair
    local libs=("libGL.so.1:libgl1" "libEGL.so.1:libegl1" "libxkbcommon.so.0:libxkbcommon0"
                "libfontconfig.so.1:libfontconfig1" "libglib-2.0.so.0:libglib2.0-0" "libdbus-1.so.3:libdbus-1-3")
    if [ "${1:-}" = "screen" ]; then
        libs+=("libxcb-cursor.so.0:libxcb-cursor0" "libxkbcommon-x11.so.0:libxkbcommon-x11-0"
               "libxcb-icccm.so.4:libxcb-icccm4" "libxcb-keysyms.so.1:libxcb-keysyms1"
               "libxcb-image.so.0:libxcb-image0" "libxcb-render-util.so.0:libxcb-render-util0"
               "libxcb-shape.so.0:libxcb-shape0" "libxcb-xinerama.so.0:libxcb-xinerama0")
    fi
    for pair in "${libs[@]}"; do
        has_lib "${pair%%:*}" || want+=("${pair##*:}")
    done
    if [ "${#want[@]}" -gt 0 ]; then
        say "installing system libraries for Qt: ${want[*]}"
        apt_install "${want[@]}" || say "could not install ${want[*]}; install them with apt-get if Qt fails to start"
    fi
}

# A font with Chinese characters, so that nothing shows or prints as empty boxes.
ensure_cjk_font() {
    if command -v fc-list >/dev/null 2>&1 && [ -n "$(fc-list :lang=zh 2>/dev/null)" ]; then
        return 0
    fi
    say "installing a Chinese font (fonts-wqy-microhei)"
    apt_install fontconfig fonts-wqy-microhei || say "could not install a Chinese font; Chinese text may show as boxes"
}

# Both common Chinese font packages of Debian, for the tests: every printing test runs under each
# font set (tests/conftest.py, font_set), so a layout that depends on the installed font fails.
ensure_test_fonts() {
    if command -v fc-list >/dev/null 2>&1 \
        && fc-list "Noto Serif CJK SC" family | grep -q . && fc-list "Noto Sans CJK SC" family | grep -q . \
        && fc-list "WenQuanYi Micro Hei" family | grep -q .; then
        return 0
    fi
    say "installing the Chinese fonts the printing tests run under (fonts-noto-cjk, fonts-wqy-microhei)"
    apt_install fontconfig fonts-noto-cjk fonts-wqy-microhei \
        || say "could not install fonts-noto-cjk and fonts-wqy-microhei; the printing tests will be skipped (failed in CI)"
}

# poppler's pdftotext, pdfinfo and pdftoppm: the printing tests read the PDFs back with them.
ensure_poppler() {
    if command -v pdftotext >/dev/null 2>&1 && command -v pdfinfo >/dev/null 2>&1; then
        return 0
    fi
    say "installing poppler-utils for the printing tests"
    apt_install poppler-utils || say "could not install poppler-utils; the printing tests will fail"
}

# LibreOffice Calc without a GUI: the tests re-save forms with it the way a section's PC does.
ensure_libreoffice() {
    if command -v soffice >/dev/null 2>&1 || command -v libreoffice >/dev/null 2>&1; then
        return 0
    fi
    say "installing LibreOffice Calc (libreoffice-calc-nogui) for the form round-trip tests"
    apt_install libreoffice-calc-nogui || say "could not install LibreOffice; the round-trip tests will fail"
}

ensure_python() {
    if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
        say "Duban needs Python 3.11 or newer; '$PYTHON' is $("$PYTHON" --version 2>&1 || echo missing)."
        say "Install it (Debian: apt-get install python3) or set PYTHON=/path/to/python3.11."
        exit 1
    fi
}

# .venv with Duban installed in editable mode with the given extras ("" or "test");
# reinstalled only when pyproject.toml changes.
ensure_venv() {
    local extras="$1" stamp want
    ensure_python
    if [ ! -x "$VENV/bin/python" ]; then
        say "creating the virtual environment in $VENV"
        if ! "$PYTHON" -m venv "$VENV" 2>/dev/null; then
            rm -rf "$VENV"
            local version
            version="$("$PYTHON" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')"
            say "venv is missing; installing python${version}-venv"
            apt_install "python${version}-venv" || apt_install python3-venv || {
                say "could not install the venv module; run: apt-get install python3-venv"; exit 1; }
            "$PYTHON" -m venv "$VENV"
        fi
    fi
    want="$(cat "$ROOT/pyproject.toml" | sha256sum | cut -d' ' -f1) extras=$extras"
    stamp="$VENV/.duban-installed"
    if [ ! -f "$stamp" ] || ! grep -qxF "$want" "$stamp"; then
        say "installing Duban and its dependencies into $VENV"
        "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check --upgrade pip
        if [ -n "$extras" ]; then
            "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -e "$ROOT[$extras]"
        else
            "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -e "$ROOT"
        fi
        # A later install without extras must not be mistaken for one with them.
        echo "$want" > "$stamp"
    fi
}

# PostgreSQL's server programs, for running the test suite against a throwaway server too.
# Debian keeps them under /usr/lib/postgresql/<major>/bin, off PATH. Sets PG_BINDIR to the
# folder holding initdb, pg_ctl and postgres; when they cannot be had, sets
# PG_UNAVAILABLE to the reason and returns 1.
PG_BINDIR=""
PG_UNAVAILABLE=""
find_postgres() {
    local dir
    if command -v pg_ctl >/dev/null 2>&1; then
        dir="$(dirname "$(readlink -f "$(command -v pg_ctl)")")"
        if [ -x "$dir/initdb" ] && [ -x "$dir/postgres" ]; then PG_BINDIR="$dir"; return 0; fi
    fi
    for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
        if [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ] && [ -x "$dir/postgres" ]; then PG_BINDIR="$dir"; return 0; fi
    done
    return 1
}

ensure_postgres() {
    find_postgres && return 0
    if [ "$(id -u)" -ne 0 ] && ! { command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; }; then
        PG_UNAVAILABLE="PostgreSQL not available: initdb not found and cannot install as non-root (apt-get install postgresql)"
        return 1
    fi
    say "installing PostgreSQL (postgresql) for the tests against a server"
    # Only the programs are wanted: no cluster of Debian's own started on port 5432.
    as_root mkdir -p /etc/postgresql-common/createcluster.d 2>/dev/null &&
        echo "create_main_cluster = false" | as_root tee /etc/postgresql-common/createcluster.d/duban-tests.conf >/dev/null || true
    if ! apt_install postgresql; then
        PG_UNAVAILABLE="PostgreSQL not available: initdb not found and apt-get install postgresql failed"
        return 1
    fi
    find_postgres && return 0
    PG_UNAVAILABLE="PostgreSQL not available: postgresql installed but initdb not found under /usr/lib/postgresql/*/bin"
    return 1
}

# A throwaway PostgreSQL server for the tests: a new cluster in a temporary folder, listening
# on 127.0.0.1 only at a free port, trusting loopback connections, without fsync (its data is
# thrown away). PostgreSQL refuses to run as root, so as root it runs as the postgres system
# user (or nobody). Exports DUBAN_TEST_PG_URL on success; stop it with stop_test_postgres.
PG_TEST_DIR=""
PG_TEST_USER=""
as_pg_owner() {
    if [ -n "$PG_TEST_USER" ]; then runuser -u "$PG_TEST_USER" -- "$@"; else "$@"; fi
}
start_test_postgres() {
    local port
    PG_TEST_DIR="$(mktemp -d "${TMPDIR:-/tmp}/duban-pg.XXXXXX")"
    chmod 700 "$PG_TEST_DIR"
    if [ "$(id -u)" -eq 0 ]; then
        PG_TEST_USER="postgres"
        getent passwd postgres >/dev/null 2>&1 || PG_TEST_USER="nobody"
        chown "$PG_TEST_USER" "$PG_TEST_DIR"
    fi
    port="$("$PYTHON" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"
    if ! as_pg_owner "$PG_BINDIR/initdb" -D "$PG_TEST_DIR/data" -U duban --auth=trust -E UTF8 --no-locale \
            >"$PG_TEST_DIR/initdb.log" 2>&1; then
        PG_UNAVAILABLE="PostgreSQL not available: initdb failed ($(tail -n 1 "$PG_TEST_DIR/initdb.log"))"
        stop_test_postgres
        return 1
    fi
    if ! as_pg_owner "$PG_BINDIR/pg_ctl" -D "$PG_TEST_DIR/data" -l "$PG_TEST_DIR/server.log" -w -t 60 \
            -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories='$PG_TEST_DIR'" \
            -o "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
            start >/dev/null 2>&1; then
        PG_UNAVAILABLE="PostgreSQL not available: the server did not start ($(tail -n 1 "$PG_TEST_DIR/server.log" 2>/dev/null))"
        stop_test_postgres
        return 1
    fi
    export DUBAN_TEST_PG_URL="postgresql+psycopg://duban@127.0.0.1:$port/postgres"
    say "PostgreSQL $("$PG_BINDIR/postgres" --version | awk '{print $3}') for the tests on 127.0.0.1:$port"
}

stop_test_postgres() {
    [ -n "$PG_TEST_DIR" ] || return 0
    if [ -f "$PG_TEST_DIR/data/postmaster.pid" ]; then
        as_pg_owner "$PG_BINDIR/pg_ctl" -D "$PG_TEST_DIR/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$PG_TEST_DIR"
    PG_TEST_DIR=""
}

# FUSE for the test that makes the network share vanish (tests/faults/eiofs.py, through fusepy
# from the test extra): libfuse2 and fusermount, Debian's package fuse. Where fuse3 is installed
# (it conflicts with fuse), only the library libfuse2 is added: as root nothing else is needed.
ensure_fuse() {
    if has_lib libfuse.so.2 && { [ "$(id -u)" -eq 0 ] || command -v fusermount >/dev/null 2>&1; }; then
        return 0
    fi
    local want=fuse
    if dpkg-query -W -f='${Status}' fuse3 2>/dev/null | grep -q "ok installed"; then want=libfuse2; fi
    say "installing FUSE ($want) for the vanished-share test"
    apt_install "$want" || { [ "$want" = libfuse2 ] && apt_install libfuse2t64; } ||
        say "could not install FUSE; the vanished-share test is skipped (and fails in CI)"
}

# NSIS's makensis: the tests compile installer/duban.nsi (the Windows installer) against a stand-in payload.
ensure_nsis() {
    command -v makensis >/dev/null 2>&1 && return 0
    say "installing NSIS (nsis) for the installer test"
    apt_install nsis || say "could not install NSIS; the installer test is skipped (and fails in CI)"
}

# desktop-file-validate: the tests validate the Linux menu entry (installer/linux/duban.desktop).
ensure_desktop_file_utils() {
    command -v desktop-file-validate >/dev/null 2>&1 && return 0
    say "installing desktop-file-utils for the Linux menu entry test"
    apt_install desktop-file-utils || say "could not install desktop-file-utils; the .desktop test is skipped (and fails in CI)"
}
