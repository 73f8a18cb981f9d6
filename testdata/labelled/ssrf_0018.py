# label: ssrf safe CWE-918
# ssrf_0018: source script, bar kwargs

import os
import requests


def build(**kwargs):
    return kwargs["value"]


def main():
    param = os.environ.get("APP_VALUE", "")
    bar = build(value=param)
    resp = requests.get(f"https://api.example.com/search?q={bar}&limit=10", timeout=5)
    return 0


if __name__ == "__main__":
    main()
