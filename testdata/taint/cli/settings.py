import sys

# A module global holding argv: the modules importing it read source data.
TARGET = sys.argv[1]
SAFE = "docs"


class Paths:
    # A class attribute read from argv: methods and functions reading
    # Paths.root elsewhere read source data.
    root = sys.argv[2]
    fixed = "/srv"
