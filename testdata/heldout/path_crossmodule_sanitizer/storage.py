import os

ROOT = "/srv/files"


def safe_path(name):
    full = os.path.realpath(os.path.join(ROOT, name))
    if os.path.commonpath([full, ROOT]) != ROOT:
        raise ValueError("outside storage root")
    return full
