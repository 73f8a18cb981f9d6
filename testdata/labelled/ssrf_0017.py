# label: ssrf safe CWE-918
# ssrf_0017: source script, bar lambda

import requests
import urllib.parse


def main():
    param = input("value: ")
    transform = lambda s: s
    bar = transform(param)
    if urllib.parse.urlparse(bar).hostname not in ("api.example.com", "cdn.example.com"):
        return 1
    resp = requests.get(bar, timeout=5)
    return 0


if __name__ == "__main__":
    main()
