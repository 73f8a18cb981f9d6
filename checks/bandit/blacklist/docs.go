package blacklist

import "github.com/kraitsec/krait/finding"

var (
	docPickle = finding.Doc{
		Summary: "Deserialisation with pickle and modules built on it (dill, shelve, jsonpickle, pandas.read_pickle).",
		Why: "Unpickling runs code chosen by whoever produced the data (__reduce__); loading untrusted or " +
			"tamperable pickles is remote code execution.",
		Bad:  "import pickle\nobj = pickle.loads(request.body)\n",
		Good: "import json\nobj = json.loads(request.body)\n",
		Remediation: "Exchange data as JSON (json, pydantic), msgpack or protobuf; if pickle is unavoidable, only " +
			"load data you produced and authenticate it (hmac) before loading.",
		References: []string{finding.CWELink(502), "https://docs.python.org/3/library/pickle.html"},
	}
	docMarshal = finding.Doc{
		Summary:     "Deserialisation with marshal.",
		Why:         "marshal is not designed for untrusted data: crafted input can crash the interpreter or build code objects.",
		Bad:         "import marshal\ncode = marshal.loads(blob)\n",
		Good:        "import json\ndata = json.loads(blob)\n",
		Remediation: "Use json or another data-only format for anything that crosses a trust boundary.",
		References:  []string{finding.CWELink(502), "https://docs.python.org/3/library/marshal.html"},
	}
	docMD5 = finding.Doc{
		Summary:     "MD2, MD4, MD5 and SHA-1 through pycrypto/pycryptodome or cryptography.",
		Why:         "These hashes have practical collision attacks; signatures and integrity checks built on them can be forged.",
		Bad:         "from cryptography.hazmat.primitives import hashes\nh = hashes.Hash(hashes.MD5())\n",
		Good:        "from cryptography.hazmat.primitives import hashes\nh = hashes.Hash(hashes.SHA256())\n",
		Remediation: "Use SHA-256 or better (SHA-2, SHA-3, BLAKE2); for passwords use a KDF such as scrypt or argon2.",
		References:  []string{finding.CWELink(327)},
	}
	docCiphers = finding.Doc{
		Summary:     "Broken or weak ciphers: ARC2, ARC4, Blowfish, DES, XOR, CAST5, IDEA, SEED, TripleDES.",
		Why:         "These ciphers have small keys or blocks, or known attacks; data encrypted with them can be recovered.",
		Bad:         "from Crypto.Cipher import DES\ncipher = DES.new(key, DES.MODE_ECB)\n",
		Good:        "from cryptography.hazmat.primitives.ciphers.aead import AESGCM\nct = AESGCM(key).encrypt(nonce, data, None)\n",
		Remediation: "Use AES in an authenticated mode (AES-GCM) or ChaCha20-Poly1305 from pyca/cryptography.",
		References:  []string{finding.CWELink(327), "https://cryptography.io/en/latest/hazmat/primitives/aead/"},
	}
	docModes = finding.Doc{
		Summary:     "The ECB cipher mode.",
		Why:         "ECB encrypts equal blocks to equal ciphertext, leaking patterns of the plaintext, and offers no integrity.",
		Bad:         "from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes\nc = Cipher(algorithms.AES(key), modes.ECB())\n",
		Good:        "from cryptography.hazmat.primitives.ciphers.aead import AESGCM\nct = AESGCM(key).encrypt(nonce, data, None)\n",
		Remediation: "Use an authenticated mode: AES-GCM (AESGCM) or ChaCha20-Poly1305, with a unique nonce per message.",
		References:  []string{finding.CWELink(327)},
	}
	docMktemp = finding.Doc{
		Summary:     "tempfile.mktemp, which returns a name without creating the file.",
		Why:         "Between mktemp returning a name and the file being created, another process can create it or a symlink (race condition).",
		Bad:         "import tempfile\npath = tempfile.mktemp()\nwith open(path, \"w\") as f:\n    f.write(data)\n",
		Good:        "import tempfile\nwith tempfile.NamedTemporaryFile(\"w\", delete=False) as f:\n    f.write(data)\n",
		Remediation: "Use tempfile.mkstemp, NamedTemporaryFile or TemporaryDirectory, which create the file atomically.",
		References:  []string{finding.CWELink(377), "https://docs.python.org/3/library/tempfile.html#tempfile.mktemp"},
	}
	docEval = finding.Doc{
		Summary:     "Use of the eval builtin.",
		Why:         "eval runs arbitrary Python expressions; input reaching it can execute any code (`__import__('os').system(...)`).",
		Bad:         "value = eval(request.args[\"value\"])\n",
		Good:        "import ast\nvalue = ast.literal_eval(request.args[\"value\"])\n",
		Remediation: "Use ast.literal_eval for literals, json for data, or an explicit parser / dispatch table.",
		References:  []string{finding.CWELink(78), "https://docs.python.org/3/library/ast.html#ast.literal_eval"},
	}
	docMarkSafe = finding.Doc{
		Summary:     "django.utils.safestring.mark_safe calls.",
		Why:         "mark_safe disables autoescaping for the value; user data inside it is rendered as HTML (XSS).",
		Bad:         "from django.utils.safestring import mark_safe\nhtml = mark_safe(\"<b>\" + name + \"</b>\")\n",
		Good:        "from django.utils.html import format_html\nhtml = format_html(\"<b>{}</b>\", name)\n",
		Remediation: "Use format_html / format_html_join, or escape() untrusted parts before marking the result safe.",
		References:  []string{finding.CWELink(79)},
	}
	docURLOpen = finding.Doc{
		Summary:     "urllib.request.urlopen/urlretrieve/URLopener with URLs that may use any scheme.",
		Why:         "urlopen also opens file:// and custom scheme URLs; a user-influenced URL can read local files or reach internal services (SSRF).",
		Bad:         "from urllib.request import urlopen\ndata = urlopen(user_url).read()\n",
		Good:        "from urllib.parse import urlparse\nimport requests\nif urlparse(user_url).scheme not in (\"http\", \"https\"):\n    raise ValueError(\"bad scheme\")\ndata = requests.get(user_url, timeout=10).content\n",
		Remediation: "Validate the scheme (http/https only) and host against an allow-list, or use requests/httpx which do not open file: URLs.",
		References:  []string{finding.CWELink(22)},
	}
	docRandom = finding.Doc{
		Summary:     "The random module's pseudo-random generators.",
		Why:         "random's Mersenne Twister is predictable from its outputs; tokens, passwords or keys made with it can be guessed.",
		Bad:         "import random\ntoken = \"\".join(random.choice(ALPHABET) for _ in range(32))\n",
		Good:        "import secrets\ntoken = secrets.token_urlsafe(32)\n",
		Remediation: "Use the secrets module (token_bytes, token_urlsafe, choice) or os.urandom for anything security related.",
		References:  []string{finding.CWELink(330), "https://docs.python.org/3/library/secrets.html"},
	}
	docTelnet = finding.Doc{
		Summary:     "telnetlib, which sends everything (credentials included) in clear text.",
		Why:         "Telnet has no encryption or server authentication; anyone on the path can read and alter the session.",
		Bad:         "import telnetlib\ntn = telnetlib.Telnet(host)\n",
		Good:        "import paramiko\nclient = paramiko.SSHClient()\nclient.load_system_host_keys()\nclient.connect(host)\n",
		Remediation: "Use SSH (paramiko, asyncssh) or another encrypted, authenticated protocol.",
		References:  []string{finding.CWELink(319)},
	}
	docFTP = finding.Doc{
		Summary:     "ftplib, which sends credentials and data in clear text.",
		Why:         "Plain FTP has no encryption; credentials and files can be captured or modified on the network.",
		Bad:         "import ftplib\nftp = ftplib.FTP(host)\nftp.login(user, password)\n",
		Good:        "import paramiko\ntransport = paramiko.Transport((host, 22))\ntransport.connect(username=user, password=password)\nsftp = paramiko.SFTPClient.from_transport(transport)\n",
		Remediation: "Use SFTP/SCP over SSH, or at least ftplib.FTP_TLS with prot_p().",
		References:  []string{finding.CWELink(319)},
	}
	docXMLBase = finding.Doc{
		Summary: "Standard library XML parsers used on possibly untrusted data.",
		Why: "The stdlib XML modules are exposed to entity expansion (billion laughs), external entities and " +
			"decompression bombs depending on the parser; untrusted XML can exhaust memory or leak data.",
		Bad:         "import xml.etree.ElementTree as ET\nroot = ET.fromstring(untrusted)\n",
		Good:        "import defusedxml.ElementTree as ET\nroot = ET.fromstring(untrusted)\n",
		Remediation: "Parse untrusted XML with defusedxml (defusedxml.ElementTree, defusedxml.minidom, ...) or call defusedxml.defuse_stdlib() at start-up.",
		References:  []string{finding.CWELink(20), "https://docs.python.org/3/library/xml.html#xml-vulnerabilities", "https://pypi.org/project/defusedxml/"},
	}
	docXMLRPC = finding.Doc{
		Summary:     "xmlrpc modules, which parse XML from the network.",
		Why:         "xmlrpc parses XML responses and requests with the stdlib parser, exposed to entity expansion attacks.",
		Bad:         "import xmlrpc.client\nproxy = xmlrpc.client.ServerProxy(url)\n",
		Good:        "import requests  # a JSON API instead of XML-RPC\nresult = requests.post(url, json=payload, timeout=10).json()\n",
		Remediation: "Call defusedxml.xmlrpc.monkey_patch() before using xmlrpc, or use a JSON-based API.",
		References:  []string{finding.CWELink(20), "https://pypi.org/project/defusedxml/"},
	}
	docSubprocess = finding.Doc{
		Summary:     "Imports of the subprocess module.",
		Why:         "subprocess runs external programs; every use deserves review for command injection and untrusted arguments.",
		Bad:         "import subprocess\nsubprocess.call(cmd, shell=True)\n",
		Good:        "import pygit2  # a library API instead of running git\nstatus = pygit2.Repository(\".\").status()\n",
		Remediation: "Pass argument lists without shell=True, use absolute executable paths and validate arguments (shlex.quote if a shell is unavoidable).",
		References:  []string{finding.CWELink(78)},
	}
	docHttpoxy = finding.Doc{
		Summary:     "CGI handlers exposed to httpoxy (wsgiref CGIHandler, twisted CGIScript/CGIDirectory).",
		Why:         "In CGI, the client's Proxy: header becomes the HTTP_PROXY environment variable, redirecting the application's outgoing requests to an attacker's proxy.",
		Bad:         "from wsgiref.handlers import CGIHandler\nCGIHandler().run(app)\n",
		Good:        "# serve the WSGI app with a real WSGI server (gunicorn, uWSGI) instead of CGI\n",
		Remediation: "Avoid CGI deployment, or strip the Proxy header / HTTP_PROXY variable before the application runs.",
		References:  []string{finding.CWELink(284), "https://httpoxy.org/"},
	}
	docPycrypto = finding.Doc{
		Summary:     "Imports from the unmaintained pyCrypto library (Crypto.*).",
		Why:         "pyCrypto has had no release since 2013 and has known vulnerabilities (e.g. CVE-2013-7459).",
		Bad:         "from Crypto.Cipher import AES\n",
		Good:        "from cryptography.hazmat.primitives.ciphers.aead import AESGCM\n",
		Remediation: "Migrate to pyca/cryptography (or pycryptodome, imported as Cryptodome).",
		References:  []string{finding.CWELink(327), "https://cryptography.io/"},
	}
	docIPMI = finding.Doc{
		Summary:     "Imports of pyghmi (IPMI).",
		Why:         "IPMI has weak authentication (RAKP hash disclosure) and is usually unencrypted; exposing it risks full server takeover.",
		Bad:         "from pyghmi.ipmi import command\n",
		Good:        "# manage hardware through Redfish over HTTPS with certificate verification\n",
		Remediation: "Prefer Redfish over HTTPS; keep IPMI on an isolated management network if it must be used.",
		References:  []string{finding.CWELink(319)},
	}
)

var docUnverified = finding.Doc{
	Summary:     "ssl._create_unverified_context, which disables certificate and hostname checks.",
	Why:         "A context that verifies nothing lets anyone on the network path impersonate the server (man-in-the-middle).",
	Bad:         "import ssl, urllib.request\nurllib.request.urlopen(url, context=ssl._create_unverified_context())\n",
	Good:        "import ssl, urllib.request\nurllib.request.urlopen(url, context=ssl.create_default_context())\n",
	Remediation: "Use ssl.create_default_context(); for a private CA pass cafile= instead of disabling verification.",
	References:  []string{finding.CWELink(295), "https://docs.python.org/3/library/ssl.html#ssl.create_default_context"},
}

// xmlDoc is docXMLBase with a vulnerable example for one module or call.
func xmlDoc(summary, bad, good string) finding.Doc {
	d := docXMLBase
	d.Summary = summary
	d.Bad, d.Good = bad, good
	return d
}
