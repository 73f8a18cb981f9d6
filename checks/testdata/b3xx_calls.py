import pickle  # want: B403(LOW,HIGH)
import marshal
import dill  # want: B403
import shelve  # want: B403
import jsonpickle
import pandas
import tempfile
import random
import telnetlib  # want: B401(HIGH,HIGH)
import ftplib  # want: B402(HIGH,HIGH)
import ssl
import urllib.request
from Cryptodome.Hash import MD5
from Cryptodome.Cipher import DES, ARC4
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers import algorithms, modes
from django.utils.safestring import mark_safe
import six.moves.urllib.request as six_request

pickle.loads(data)  # want: B301(MEDIUM,HIGH)
pickle.Unpickler(f)  # want: B301
dill.load(f)  # want: B301
shelve.open("db")  # want: B301
jsonpickle.decode(s)  # want: B301
pandas.read_pickle(p)  # want: B301
pickle.dumps(obj)
marshal.loads(blob)  # want: B302(MEDIUM,HIGH)
MD5.new()  # want: B303(MEDIUM,HIGH)
hashes.SHA1()  # want: B303
hashes.SHA256()
DES.new(key)  # want: B304(HIGH,HIGH)
ARC4.new(key)  # want: B304
algorithms.TripleDES(key)  # want: B304
algorithms.AES(key)
modes.ECB()  # want: B305(MEDIUM,HIGH)
modes.GCM(iv)
tempfile.mktemp()  # want: B306(MEDIUM,HIGH)
tempfile.mkstemp()
eval("1 + 1")  # want: B307(MEDIUM,HIGH)
obj.eval("x")
mark_safe(x)  # want: B308(MEDIUM,HIGH), B703
urllib.request.urlopen(url)  # want: B310(MEDIUM,HIGH)
six_request.urlretrieve(url)  # want: B310
urllib.request.Request(url)
random.random()  # want: B311(LOW,HIGH)
random.choice(items)  # want: B311
random.Random()  # want: B311
random.getrandbits(8)  # want: B311
random.SystemRandom()
telnetlib.Telnet(host)  # want: B312(HIGH,HIGH)
ftplib.FTP(host)  # want: B321(HIGH,HIGH)
ftplib.FTP_TLS(host)
ssl._create_unverified_context()  # want: B323(MEDIUM,HIGH)
ssl.create_default_context()
