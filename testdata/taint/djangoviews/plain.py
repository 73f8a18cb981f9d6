# Not a Django module: a function taking `request` first is not a view here.
import subprocess


def run(request):
    subprocess.run(request.body, shell=True)
