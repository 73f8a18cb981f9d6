# label: ssrf safe CWE-918
# ssrf_0017: source script, bar selfattr

import requests
import urllib.parse


class Holder:
    def __init__(self, value):
        self.value = value
        self.kind = "plain"

    def get(self):
        return self.value


def main():
    param = input("value: ")
    holder = Holder(param)
    bar = holder.get()
    if urllib.parse.urlparse(bar).hostname not in ("api.example.com", "cdn.example.com"):
        return 1
    resp = requests.get(bar, timeout=5)
    return 0


if __name__ == "__main__":
    main()
