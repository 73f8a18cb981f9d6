import os

from Crypto.Cipher import AES  # want: B413
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

KEY = os.urandom(32)
FIXED_IV = b"0123456789abcdef"


def encrypt_fixed(data):
    cipher = AES.new(KEY, AES.MODE_CBC, FIXED_IV)  # want: K115
    return cipher.encrypt(data)


def encrypt_literal(data):
    cipher = AES.new(KEY, AES.MODE_CFB, iv=b"\x00" * 16)  # want: K115
    return cipher.encrypt(data)


def encrypt_pyca(data):
    cipher = Cipher(algorithms.AES(KEY), modes.CBC(b"abcdefghijklmnop"))  # want: K115
    return cipher.encryptor().update(data)


def encrypt_gcm(data):
    nonce = "000000000000"
    cipher = Cipher(algorithms.AES(KEY), modes.GCM(nonce.encode()))  # want: K115
    return cipher.encryptor().update(data)


def encrypt_random(data):
    iv = os.urandom(16)
    cipher = AES.new(KEY, AES.MODE_CBC, iv)
    return iv + cipher.encrypt(data)


def encrypt_pyca_random(data):
    iv = os.urandom(16)
    cipher = Cipher(algorithms.AES(KEY), modes.CBC(iv))
    return iv + cipher.encryptor().update(data)


def encrypt_default(data):
    cipher = AES.new(KEY, AES.MODE_GCM)
    return cipher.nonce, cipher.encrypt(data)
