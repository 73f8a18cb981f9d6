# label: cmdi safe CWE-78
# cmdi_0025: source script, bar isdigit

import os
import subprocess


def main():
    param = os.environ["REPORT_NAME"]
    bar = param if param.isdigit() else "0"
    subprocess.call(["bash", "-c", "tar czf /tmp/out.tgz " + bar])
    return 0


if __name__ == "__main__":
    main()
