import tarfile

with tarfile.open(path) as tar:
    tar.extract(member, dest)  # want: K105(MEDIUM,MEDIUM)
    tar.extract(member, dest, filter="data")
    tar.extractall(dest, filter="data")
    tar.extractfile(member)
