from cryptography.hazmat.primitives.asymmetric import dsa, ec, rsa
from cryptography.hazmat import backends
from Crypto.PublicKey import DSA as pycrypto_dsa  # want: B413
from Crypto.PublicKey import RSA as pycrypto_rsa  # want: B413
from Cryptodome.PublicKey import RSA as pycryptodome_rsa

dsa.generate_private_key(key_size=2048, backend=backends.default_backend())
ec.generate_private_key(curve=ec.SECP384R1, backend=backends.default_backend())
rsa.generate_private_key(public_exponent=65537, key_size=2048, backend=backends.default_backend())
pycrypto_dsa.generate(bits=2048)
pycrypto_rsa.generate(bits=2048)
pycryptodome_rsa.generate(bits=2048)
rsa.generate_private_key(65537, 4096)

dsa.generate_private_key(key_size=1024, backend=backends.default_backend())  # want: B505(MEDIUM,HIGH)
ec.generate_private_key(curve=ec.SECP192R1, backend=backends.default_backend())  # want: B505(MEDIUM,HIGH)
rsa.generate_private_key(public_exponent=65537, key_size=1024, backend=backends.default_backend())  # want: B505(MEDIUM,HIGH)
pycrypto_dsa.generate(bits=512)  # want: B505(HIGH,HIGH)
pycrypto_rsa.generate(512)  # want: B505(HIGH,HIGH)
pycryptodome_rsa.generate(bits=1024)  # want: B505(MEDIUM,HIGH)
rsa.generate_private_key(65537, 512)  # want: B505(HIGH,HIGH)
dsa.generate_private_key(512)  # want: B505(HIGH,HIGH)
ec.generate_private_key(ec.SECT163K1)  # want: B505(MEDIUM,HIGH)
ec.generate_private_key(ec.SECP192R1(), backends.default_backend())
rsa.generate_private_key(65537, size)
rsa.generate_private_key(65537, key_size="1024")
