# fixture-config: {"weak_cryptographic_key": {"weak_key_size_rsa_high": 2048, "weak_key_size_rsa_medium": 4096}}
from cryptography.hazmat.primitives.asymmetric import rsa

rsa.generate_private_key(65537, 2048)  # want: B505(MEDIUM,HIGH)
rsa.generate_private_key(65537, 1024)  # want: B505(HIGH,HIGH)
rsa.generate_private_key(65537, 4096)
