"""A command-line tool: its options come from whoever runs it."""
import optparse
import subprocess


def main():
    parser = optparse.OptionParser(usage="%prog [options] host")
    parser.add_option("-p", "--port", dest="port", default="22")
    options, args = parser.parse_args()
    subprocess.call("ssh -p %s %s" % (options.port, args[0]), shell=True)  # want: T78
    subprocess.call(["ssh", "-p", options.port, "--", args[0]])


if __name__ == "__main__":
    main()
