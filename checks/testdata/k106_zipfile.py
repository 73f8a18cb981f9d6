import zipfile

with zipfile.ZipFile(upload) as zf:
    zf.extractall(dest)  # want: K106(LOW,MEDIUM)
    zf.extract(info, dest)
    zf.namelist()
