# label: ssrf safe CWE-918
# ssrf_0016: source script, bar overwrite_late

import requests
import sys


def main():
    param = sys.argv[1] if len(sys.argv) > 1 else ""
    bar = "constant"
    if param:
        bar = param
    if bar not in ("eu", "us"):
        return 1
    resp = requests.get(f"https://{bar}.api.example.com/health", timeout=5)
    return 0


if __name__ == "__main__":
    main()
