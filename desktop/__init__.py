"""Duban (督办台): the reform-task supervision desk of a city science and technology bureau."""

import os

# openpyxl parses with lxml whenever lxml is installed (python-docx brings it), and lxml's
# parser does not refuse the XML bombs defusedxml does in a returned form. openpyxl reads
# this variable once, when it is first imported; every Duban module is imported through this
# package first, so it is set here, and set outright: the check must not hang on the environment.
os.environ["OPENPYXL_LXML"] = "False"

__version__ = "0.3.0"
APP_NAME = "Duban"
APP_DISPLAY_NAME = "督办台"
ORGANIZATION = "Duban"
