"""Save a PNG of each tab of the main window on the sample plan (offscreen), for the README and for review.

Usage: python scripts/screenshot.py OUTPUT_DIR
"""

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("DUBAN_HOME", tempfile.mkdtemp(prefix="duban-shot-"))

from desktop.app import create_application, open_initial  # noqa: E402
from desktop.settings import Settings  # noqa: E402
from desktop.views.main_window import MainWindow  # noqa: E402


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else ".")
    out.mkdir(parents=True, exist_ok=True)
    app = create_application()
    settings = Settings()
    window = MainWindow(settings)
    window.resize(1400, 860)
    window.show()
    open_initial(window, None, settings)
    for index, name in enumerate(["tasks", "calendar", "people", "quotas"]):
        window.tabs.setCurrentIndex(index)
        app.processEvents()
        window.grab().save(str(out / f"{name}.png"))
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
