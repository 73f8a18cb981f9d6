# label: cmdi safe CWE-78
# cmdi_0024: source script, bar func_const_cond

import argparse
import subprocess


def choose(value):
    num = 106
    return "This_should_always_happen" if (7 * 18) + num > 200 else value


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--name", default="")
    args = parser.parse_args()
    param = args.name
    bar = choose(param)
    out = subprocess.getoutput("whois " + bar)
    return 0


if __name__ == "__main__":
    main()
