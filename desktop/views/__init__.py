"""Qt widgets. Views ask :mod:`desktop.services` for plain rows; they never run SQL or open files."""
