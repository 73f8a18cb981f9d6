# helper module: paths and escaping shared by the app-factory style cases
import html
import pathlib

TESTFILES_DIR = pathlib.Path(__file__).resolve().parent.parent / "testfiles"
RES_DIR = pathlib.Path(__file__).resolve().parent.parent / "resources"


def escape_for_html(value):
	return html.escape(str(value))
