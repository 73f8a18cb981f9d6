import tarfile

with tarfile.open(path) as tar:
    tar.extractall(dest)  # want: B202(HIGH,HIGH)
    tar.extractall(dest, filter="data")
    tar.extractall(dest, filter="tar")  # want: B202(HIGH,HIGH)
    tar.extractall(dest, members=safe_members(tar))  # want: B202(LOW,LOW)
    tar.extractall(dest, members=chosen)  # want: B202(MEDIUM,MEDIUM)
    tar.extractall(dest, members=[m for m in tar if ok(m)])  # want: B202(MEDIUM,MEDIUM)
    tar.extractall(dest, members=helpers.safe(tar))
    tar.extract(member, dest)  # want: K105
