# label: ssrf safe CWE-918
# ssrf_0018: source script, bar comprehension

import os
import requests


def main():
    param = os.environ.get("APP_VALUE", "")
    bar = "".join([ch for ch in param])
    resp = requests.get(f"https://api.example.com/search?q={bar}&limit=10", timeout=5)
    return 0


if __name__ == "__main__":
    main()
