"""The database layer.

* :mod:`desktop.db.sqlite`: the SQLite file through the standard library (settings, inspection);
* :mod:`desktop.db.engine`: the SQLAlchemy engine factory;
* :mod:`desktop.db.schema`: revisions and Alembic upgrades;
* :mod:`desktop.db.database`: an open :class:`~desktop.db.database.Database` and its sessions.

This package imports nothing itself, so that start-up can read a file through
:mod:`desktop.db.sqlite` before SQLAlchemy is loaded.
"""
