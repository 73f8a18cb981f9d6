import requests
import httpx
from requests import post as send

requests.get(url)  # want: B113(MEDIUM,LOW)
requests.post(url, data=d)  # want: B113
send(url)  # want: B113
requests.get(url, timeout=10)
requests.get(url, timeout=None)  # want: B113
requests.get(url, timeout=cfg.timeout)
requests.get(url, timeout=compute())  # want: B113
requests.request("GET", url)  # want: K113 -- B113 skips requests.request
requests.Session().get(url)
httpx.get(url)
httpx.get(url, timeout=None)  # want: B113
httpx.Client(timeout=None)  # want: B113
httpx.AsyncClient(timeout=5)
session.get(url)
