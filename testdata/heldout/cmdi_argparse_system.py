# label: cmdi vulnerable CWE-78
import argparse
import os


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--host")
    args = parser.parse_args()
    os.system("ssh %s uptime" % args.host)  # want: T78


if __name__ == "__main__":
    main()
