import html
import os

TESTFILES_DIR = os.path.join(os.path.dirname(__file__), "files")


def escape_for_html(s):
    return html.escape(s)
