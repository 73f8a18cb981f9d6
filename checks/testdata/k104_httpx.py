# fixture-enable: K104
import httpx

httpx.get(url)  # want: K104(MEDIUM,LOW)
httpx.Client()  # want: K104
httpx.get(url, timeout=10)
httpx.get(url, timeout=None)  # want: B113
requests_like.get(url)
