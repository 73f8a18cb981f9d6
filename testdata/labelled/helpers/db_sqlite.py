# helper module: the cases' SQLite database
import sqlite3

from helpers import utils

DB_PATH = utils.RES_DIR / "app.db"


def get_connection():
	return sqlite3.connect(DB_PATH)
