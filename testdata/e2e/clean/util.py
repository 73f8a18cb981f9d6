import json
import os


def read_config(path):
    with open(os.path.join("/etc/app", path), encoding="utf-8") as f:
        return json.load(f)
