# fixture-config: {"ssl_with_bad_version": {"bad_protocol_versions": ["PROTOCOL_TLSv1_2"]}}
import ssl

ssl.wrap_socket(sock, ssl_version=ssl.PROTOCOL_SSLv2)
ssl.wrap_socket(sock, ssl_version=ssl.PROTOCOL_TLSv1_2)  # want: B502(HIGH,HIGH)
