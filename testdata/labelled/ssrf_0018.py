# label: ssrf safe CWE-918
# ssrf_0018: source script, bar inherit

import os
import requests


class Base:
    def clean(self, value):
        return value


class Child(Base):
    label = "child"


def main():
    param = os.environ.get("APP_VALUE", "")
    bar = Child().clean(param)
    resp = requests.get(f"https://api.example.com/search?q={bar}&limit=10", timeout=5)
    return 0


if __name__ == "__main__":
    main()
