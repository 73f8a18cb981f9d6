package all_test

import (
	"testing"

	"github.com/kraitsec/krait/checks"
	"github.com/kraitsec/krait/python/parser"
)

// TestMessages pins issue texts whose formatting bandit computes (octal
// modes, reprs, upper-cased names, trailing spaces): baselines match on them.
func TestMessages(t *testing.T) {
	for _, tc := range []struct{ id, src, want string }{
		{"B103", "import os\nos.chmod('/etc/x', 0o777)\n", "Chmod setting a permissive mask 0o777 on file (/etc/x)."},
		{"B103", "import os\nos.chmod(path, 0o20)\n", "Chmod setting a permissive mask 0o20 on file (path)."},
		{"B103", "import os\nos.chmod(get(), 0o777)\n", "Chmod setting a permissive mask 0o777 on file (NOT PARSED)."},
		{"B105", "d = {'password': 12}\n", "Possible hardcoded password: '12'"},
		{"B105", "d = {'password': None}\n", "Possible hardcoded password: 'None'"},
		{"B107", "def f(a='1', /, password='x'): pass\n", "Possible hardcoded password: '1'"},
		{"B202", "import tarfile\nt.extractall(members=pick(t))\n", "Usage of tarfile.extractall(members=function(tarfile)). Make sure your function properly discards dangerous members {'Function': 'pick'})."},
		{"B202", "import tarfile\nt.extractall(members=chosen)\n", "Found tarfile.extractall(members=?) but couldn't identify the type of members. Check if the members were properly validated {'Other': 'chosen'})."},
		{"B324", "import hashlib\nhashlib.new('Md5')\n", "Use of weak MD5 hash for security. Consider usedforsecurity=False"},
		{"B324", "import crypt\ncrypt.mksalt(crypt.METHOD_MD5)\n", "Use of insecure crypt.METHOD_MD5 hash function."},
		{"B505", "from Crypto.PublicKey import RSA\nRSA.generate(512)\n", "RSA key sizes below 1024 bits are considered breakable. "},
		{"B113", "import requests\nrequests.get(u)\n", "Call to requests without timeout"},
		{"B113", "import httpx\nhttpx.get(u, timeout=None)\n", "Call to httpx with timeout set to None"},
		{"B609", "import os\nos.system('tar cf x.tar *')\n", "Possible wildcard injection in call: os.system"},
		{"B615", "from transformers import AutoModel\nAutoModel.from_pretrained('m')\n", "Unsafe Hugging Face Hub download without revision pinning in from_pretrained()"},
		{"B704", "import markupsafe\nmarkupsafe.Markup(x)\n", "Potential XSS with ``markupsafe.Markup`` detected. Do not use ``Markup`` on untrusted data."},
		{"B403", "from pickle import loads\n", "Consider possible security implications associated with loads module."},
		{"B304", "from Crypto.Cipher import DES\nDES.new(k)\n", "Use of insecure cipher Crypto.Cipher.DES.new. Replace with a known secure cipher such as AES."},
		{"B613", "x = '\u202e'\n", "A Python source file contains bidirectional control characters ('\\u202e')."},
	} {
		f, err := parser.Parse("m.py", []byte(tc.src))
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, g := range checks.Run(f, "m.py", nil) {
			if g.RuleID != tc.id {
				continue
			}
			found = true
			if g.Message != tc.want {
				t.Errorf("%s on %q:\n got %q\nwant %q", tc.id, tc.src, g.Message, tc.want)
			}
		}
		if !found {
			t.Errorf("%s: no finding on %q", tc.id, tc.src)
		}
	}
}
