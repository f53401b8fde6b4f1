"""Publicity quota arithmetic: counting periods, shortfalls and the section × month matrix (pure functions)."""
