import ssl
import requests
import httpx
from OpenSSL import SSL

requests.get(url, verify=False, timeout=5)  # want: B501(HIGH,HIGH)
requests.post(
    url,
    timeout=5,
    verify=False,  # want: B501
)
httpx.Client(verify=False)  # want: B501
httpx.stream("GET", url, verify=False)  # want: B501
requests.get(url, verify=True, timeout=5)
requests.get(url, verify="/etc/ca.pem", timeout=5)
session.get(url, verify=False)

ssl.wrap_socket(sock, ssl_version=ssl.PROTOCOL_SSLv2)  # want: B502(HIGH,HIGH)
ssl.wrap_socket(sock, ssl_version=ssl.PROTOCOL_TLS)
SSL.Context(method=SSL.SSLv3_METHOD)  # want: B502(MEDIUM,MEDIUM)
pyOpenSSL.SSL.Context(method=SSL.TLSv1_METHOD)  # want: B502(HIGH,HIGH)
herp_derp(ssl_version=ssl.PROTOCOL_TLSv1)  # want: B502(MEDIUM,MEDIUM)
herp_derp(method=PROTOCOL_SSLv3)  # want: B502(MEDIUM,MEDIUM)
herp_derp(ssl.PROTOCOL_TLSv1)
ssl.SSLContext(ssl.PROTOCOL_TLSv1_2)


def open_ssl_socket(version=ssl.PROTOCOL_SSLv2):  # want: B503(MEDIUM,MEDIUM)
    pass


def open_ssl_socket2(version=SSL.TLSv1_1_METHOD):  # want: B503
    pass


def open_ssl_socket3(version=PROTOCOL_SSLv2):
    pass


def open_ssl_socket4(version=ssl.PROTOCOL_TLS_CLIENT):
    pass


ssl.wrap_socket(sock)  # want: B504(LOW,MEDIUM)
ssl.wrap_socket(sock, ssl_version=choose())  # want: B504
ssl.create_default_context().wrap_socket(sock)
