from tarfile import open as topen

with topen(path) as tar:
    tar.extractall(dest)
