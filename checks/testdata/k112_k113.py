import yaml
import requests
from yaml import unsafe_load

yaml.unsafe_load(text)  # want: K112(MEDIUM,HIGH)
unsafe_load(text)  # want: K112
yaml.full_load(text)  # want: K112
list(yaml.load_all(stream))  # want: K112
list(yaml.load_all(stream, Loader=yaml.SafeLoader))
list(yaml.load_all(stream, yaml.CSafeLoader))
yaml.safe_load(text)
yaml.safe_load_all(stream)
other.full_load(text)

requests.request("GET", url)  # want: K113(MEDIUM,LOW)
requests.request("GET", url, timeout=5)
requests.request("GET", url, timeout=None)
session.request("GET", url)
