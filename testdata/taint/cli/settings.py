import sys

# A module global holding argv: the modules importing it read source data.
TARGET = sys.argv[1]
SAFE = "docs"
