"""People and departments without the database: names as the notice writes them, and who acts when
someone is away (顺位代替).

Nothing here imports SQLAlchemy or Qt, so the start-up preview, the services, the printouts and
the views share the same rules.
"""
