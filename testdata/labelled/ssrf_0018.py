# label: ssrf safe CWE-918
# ssrf_0018: source script, bar helper

import requests


def do_something(value):
    value = value.strip()
    return value


def main():
    param = input("value: ")
    bar = do_something(param)
    resp = requests.get(f"https://api.example.com/search?q={bar}&limit=10", timeout=5)
    return 0


if __name__ == "__main__":
    main()
