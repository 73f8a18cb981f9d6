# label: cmdi vulnerable CWE-78
import os


def run():
    branch = input("branch to deploy: ")
    os.popen("git checkout " + branch).read()  # want: T78


run()
