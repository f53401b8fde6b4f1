"""The frozen program's entry: the same as the ``duban`` command (PyInstaller needs a script)."""

import sys

from desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
