import hashlib
import crypt
from hashlib import md5 as m5

hashlib.md5(data)  # want: B324(HIGH,HIGH)
hashlib.sha1(data)  # want: B324(HIGH,HIGH)
hashlib.md4()  # want: B324
m5(data)  # want: B324
hashlib.md5(data, usedforsecurity=False)
hashlib.md5(data, usedforsecurity=True)  # want: B324
hashlib.md5(data, usedforsecurity=flag)
hashlib.sha256(data)
hashlib.new("md5")  # want: B324(HIGH,HIGH)
hashlib.new("SHA1", data)  # want: B324
hashlib.new(name="md4")  # want: B324
hashlib.new("sha256")
hashlib.new("md5", usedforsecurity=False)
hashlib.new(algo)
crypt.crypt(password, crypt.METHOD_MD5)  # want: B324(MEDIUM,HIGH)
crypt.crypt(password, salt=crypt.METHOD_CRYPT)  # want: B324(MEDIUM,HIGH)
crypt.mksalt(crypt.METHOD_BLOWFISH)  # want: B324(MEDIUM,HIGH)
crypt.mksalt(method=crypt.METHOD_SHA512)
crypt.crypt(password)
