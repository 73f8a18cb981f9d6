# label: ssrf safe CWE-918
# ssrf_0017: source script, bar dict

import requests
import sys
import urllib.parse


def main():
    param = sys.argv[1] if len(sys.argv) > 1 else ""
    values = {"keyA": "a-Value", "keyB": param, "keyC": "another-Value"}
    bar = values["keyB"]
    if urllib.parse.urlparse(bar).hostname not in ("api.example.com", "cdn.example.com"):
        return 1
    resp = requests.get(bar, timeout=5)
    return 0


if __name__ == "__main__":
    main()
