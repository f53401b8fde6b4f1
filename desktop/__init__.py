"""Duban (督办台): the reform-task supervision desk of a city science and technology bureau."""

__version__ = "0.2.0"
APP_NAME = "Duban"
APP_DISPLAY_NAME = "督办台"
ORGANIZATION = "Duban"
