package blacklist

import "github.com/kraitsec/krait/finding"

// entry is one bandit blacklist item: an id, its name, the qualified names
// it matches and its message ({name} is replaced by the matched name).
type entry struct {
	id, name  string
	qualnames []string
	sev       finding.Level
	cwe       int
	msg       string
	doc       finding.Doc
}

const xmlCallMsg = "Using {name} to parse untrusted XML data is known to be vulnerable to XML attacks. Replace {name} with its defusedxml equivalent function or make sure defusedxml.defuse_stdlib() is called"

const xmlImportMsg = "Using {name} to parse untrusted XML data is known to be vulnerable to XML attacks. Replace {name} with the equivalent defusedxml package, or make sure defusedxml.defuse_stdlib() is called."

var callEntries = []entry{
	{"B301", "pickle", []string{"pickle.loads", "pickle.load", "pickle.Unpickler", "dill.loads", "dill.load", "dill.Unpickler",
		"shelve.open", "shelve.DbfilenameShelf", "jsonpickle.decode", "jsonpickle.unpickler.decode", "jsonpickle.unpickler.Unpickler",
		"pandas.read_pickle"}, finding.Medium, 502,
		"Pickle and modules that wrap it can be unsafe when used to deserialize untrusted data, possible security issue.", docPickle},
	{"B302", "marshal", []string{"marshal.load", "marshal.loads"}, finding.Medium, 502,
		"Deserialization with the marshal module is possibly dangerous.", docMarshal},
	{"B303", "md5", []string{"Crypto.Hash.MD2.new", "Crypto.Hash.MD4.new", "Crypto.Hash.MD5.new", "Crypto.Hash.SHA.new",
		"Cryptodome.Hash.MD2.new", "Cryptodome.Hash.MD4.new", "Cryptodome.Hash.MD5.new", "Cryptodome.Hash.SHA.new",
		"cryptography.hazmat.primitives.hashes.MD5", "cryptography.hazmat.primitives.hashes.SHA1"}, finding.Medium, 327,
		"Use of insecure MD2, MD4, MD5, or SHA1 hash function.", docMD5},
	{"B304", "ciphers", []string{"Crypto.Cipher.ARC2.new", "Crypto.Cipher.ARC4.new", "Crypto.Cipher.Blowfish.new",
		"Crypto.Cipher.DES.new", "Crypto.Cipher.XOR.new", "Cryptodome.Cipher.ARC2.new", "Cryptodome.Cipher.ARC4.new",
		"Cryptodome.Cipher.Blowfish.new", "Cryptodome.Cipher.DES.new", "Cryptodome.Cipher.XOR.new",
		"cryptography.hazmat.primitives.ciphers.algorithms.ARC4", "cryptography.hazmat.primitives.ciphers.algorithms.Blowfish",
		"cryptography.hazmat.primitives.ciphers.algorithms.CAST5", "cryptography.hazmat.primitives.ciphers.algorithms.IDEA",
		"cryptography.hazmat.primitives.ciphers.algorithms.SEED", "cryptography.hazmat.primitives.ciphers.algorithms.TripleDES"},
		finding.High, 327, "Use of insecure cipher {name}. Replace with a known secure cipher such as AES.", docCiphers},
	{"B305", "cipher_modes", []string{"cryptography.hazmat.primitives.ciphers.modes.ECB"}, finding.Medium, 327,
		"Use of insecure cipher mode {name}.", docModes},
	{"B306", "mktemp_q", []string{"tempfile.mktemp"}, finding.Medium, 377,
		"Use of insecure and deprecated function (mktemp).", docMktemp},
	{"B307", "eval", []string{"eval"}, finding.Medium, 78,
		"Use of possibly insecure function - consider using safer ast.literal_eval.", docEval},
	{"B308", "mark_safe", []string{"django.utils.safestring.mark_safe"}, finding.Medium, 79,
		"Use of mark_safe() may expose cross-site scripting vulnerabilities and should be reviewed.", docMarkSafe},
	{"B310", "urllib_urlopen", []string{"urllib.request.urlopen", "urllib.request.urlretrieve", "urllib.request.URLopener",
		"urllib.request.FancyURLopener", "six.moves.urllib.request.urlopen", "six.moves.urllib.request.urlretrieve",
		"six.moves.urllib.request.URLopener", "six.moves.urllib.request.FancyURLopener"}, finding.Medium, 22,
		"Audit url open for permitted schemes. Allowing use of file:/ or custom schemes is often unexpected.", docURLOpen},
	{"B311", "random", []string{"random.Random", "random.random", "random.randrange", "random.randint", "random.choice",
		"random.choices", "random.uniform", "random.triangular", "random.randbytes", "random.sample", "random.randrange",
		"random.getrandbits"}, finding.Low, 330,
		"Standard pseudo-random generators are not suitable for security/cryptographic purposes.", docRandom},
	{"B312", "telnetlib", []string{"telnetlib.Telnet"}, finding.High, 319,
		"Telnet-related functions are being called. Telnet is considered insecure. Use SSH or some other encrypted protocol.", docTelnet},
	{"B313", "xml_bad_cElementTree", []string{"xml.etree.cElementTree.parse", "xml.etree.cElementTree.iterparse",
		"xml.etree.cElementTree.fromstring", "xml.etree.cElementTree.XMLParser"}, finding.Medium, 20, xmlCallMsg, xmlDoc("xml.etree.cElementTree parse/iterparse/fromstring/XMLParser on possibly untrusted data.", "import xml.etree.cElementTree as ET\nroot = ET.fromstring(untrusted)\n", "import defusedxml.ElementTree as ET\nroot = ET.fromstring(untrusted)\n")},
	{"B314", "xml_bad_ElementTree", []string{"xml.etree.ElementTree.parse", "xml.etree.ElementTree.iterparse",
		"xml.etree.ElementTree.fromstring", "xml.etree.ElementTree.XMLParser"}, finding.Medium, 20, xmlCallMsg, xmlDoc("xml.etree.ElementTree parse/iterparse/fromstring/XMLParser on possibly untrusted data.", "import xml.etree.ElementTree as ET\nroot = ET.fromstring(untrusted)\n", "import defusedxml.ElementTree as ET\nroot = ET.fromstring(untrusted)\n")},
	{"B315", "xml_bad_expatreader", []string{"xml.sax.expatreader.create_parser"}, finding.Medium, 20, xmlCallMsg, xmlDoc("xml.sax.expatreader.create_parser on possibly untrusted data.", "from xml.sax import expatreader\nparser = expatreader.create_parser()\n", "from defusedxml import expatreader\nparser = expatreader.create_parser()\n")},
	{"B316", "xml_bad_expatbuilder", []string{"xml.dom.expatbuilder.parse", "xml.dom.expatbuilder.parseString"}, finding.Medium, 20, xmlCallMsg, xmlDoc("xml.dom.expatbuilder parse/parseString on possibly untrusted data.", "from xml.dom import expatbuilder\ndoc = expatbuilder.parseString(untrusted)\n", "from defusedxml import expatbuilder\ndoc = expatbuilder.parseString(untrusted)\n")},
	{"B317", "xml_bad_sax", []string{"xml.sax.parse", "xml.sax.parseString", "xml.sax.make_parser"}, finding.Medium, 20, xmlCallMsg, xmlDoc("xml.sax parse/parseString/make_parser on possibly untrusted data.", "import xml.sax\nxml.sax.parseString(untrusted, handler)\n", "import defusedxml.sax\ndefusedxml.sax.parseString(untrusted, handler)\n")},
	{"B318", "xml_bad_minidom", []string{"xml.dom.minidom.parse", "xml.dom.minidom.parseString"}, finding.Medium, 20, xmlCallMsg, xmlDoc("xml.dom.minidom parse/parseString on possibly untrusted data.", "from xml.dom import minidom\ndoc = minidom.parseString(untrusted)\n", "from defusedxml import minidom\ndoc = minidom.parseString(untrusted)\n")},
	{"B319", "xml_bad_pulldom", []string{"xml.dom.pulldom.parse", "xml.dom.pulldom.parseString"}, finding.Medium, 20, xmlCallMsg, xmlDoc("xml.dom.pulldom parse/parseString on possibly untrusted data.", "from xml.dom import pulldom\nevents = pulldom.parseString(untrusted)\n", "from defusedxml import pulldom\nevents = pulldom.parseString(untrusted)\n")},
	{"B321", "ftplib", []string{"ftplib.FTP"}, finding.High, 319,
		"FTP-related functions are being called. FTP is considered insecure. Use SSH/SFTP/SCP or some other encrypted protocol.", docFTP},
	{"B323", "unverified_context", []string{"ssl._create_unverified_context"}, finding.Medium, 295,
		"By default, Python will create a secure, verified ssl context for use in such classes as HTTPSConnection. However, it still allows using an insecure context via the _create_unverified_context that  reverts to the previous behavior that does not validate certificates or perform hostname checks.", docUnverified},
}

var importEntries = []entry{
	{"B401", "import_telnetlib", []string{"telnetlib"}, finding.High, 319,
		"A telnet-related module is being imported.  Telnet is considered insecure. Use SSH or some other encrypted protocol.", docTelnet},
	{"B402", "import_ftplib", []string{"ftplib"}, finding.High, 319,
		"A FTP-related module is being imported.  FTP is considered insecure. Use SSH/SFTP/SCP or some other encrypted protocol.", docFTP},
	{"B403", "import_pickle", []string{"pickle", "cPickle", "dill", "shelve"}, finding.Low, 502,
		"Consider possible security implications associated with {name} module.", docPickle},
	{"B404", "import_subprocess", []string{"subprocess"}, finding.Low, 78,
		"Consider possible security implications associated with the subprocess module.", docSubprocess},
	{"B405", "import_xml_etree", []string{"xml.etree.cElementTree", "xml.etree.ElementTree"}, finding.Low, 20, xmlImportMsg, xmlDoc("Imports of xml.etree.ElementTree / cElementTree.", "import xml.etree.ElementTree as ET\n", "import defusedxml.ElementTree as ET\n")},
	{"B406", "import_xml_sax", []string{"xml.sax"}, finding.Low, 20, xmlImportMsg, xmlDoc("Imports of xml.sax.", "import xml.sax\n", "import defusedxml.sax\n")},
	{"B407", "import_xml_expat", []string{"xml.dom.expatbuilder"}, finding.Low, 20, xmlImportMsg, xmlDoc("Imports of xml.dom.expatbuilder.", "from xml.dom import expatbuilder\n", "from defusedxml import expatbuilder\n")},
	{"B408", "import_xml_minidom", []string{"xml.dom.minidom"}, finding.Low, 20, xmlImportMsg, xmlDoc("Imports of xml.dom.minidom.", "from xml.dom import minidom\n", "from defusedxml import minidom\n")},
	{"B409", "import_xml_pulldom", []string{"xml.dom.pulldom"}, finding.Low, 20, xmlImportMsg, xmlDoc("Imports of xml.dom.pulldom.", "from xml.dom import pulldom\n", "from defusedxml import pulldom\n")},
	{"B411", "import_xmlrpclib", []string{"xmlrpc"}, finding.High, 20,
		"Using {name} to parse untrusted XML data is known to be vulnerable to XML attacks. Use defusedxml.xmlrpc.monkey_patch() function to monkey-patch xmlrpclib and mitigate XML vulnerabilities.", docXMLRPC},
	{"B412", "import_httpoxy", []string{"wsgiref.handlers.CGIHandler", "twisted.web.twcgi.CGIScript", "twisted.web.twcgi.CGIDirectory"},
		finding.High, 284, "Consider possible security implications associated with {name} module.", docHttpoxy},
	{"B413", "import_pycrypto", []string{"Crypto.Cipher", "Crypto.Hash", "Crypto.IO", "Crypto.Protocol", "Crypto.PublicKey",
		"Crypto.Random", "Crypto.Signature", "Crypto.Util"}, finding.High, 327,
		"The pyCrypto library and its module {name} are no longer actively maintained and have been deprecated. Consider using pyca/cryptography library.", docPycrypto},
	{"B415", "import_pyghmi", []string{"pyghmi"}, finding.High, 319,
		"An IPMI-related module is being imported. IPMI is considered insecure. Use an encrypted protocol.", docIPMI},
}

// retired are the ids bandit removed; krait accepts them in selections and
// # nosec but never reports them.
var retired = []struct{ id, name, was string }{
	{"B309", "httpsconnection", "httplib.HTTPSConnection, http.client.HTTPSConnection and six.moves.http_client.HTTPSConnection (certificates are verified by default since Python 3.4.3)"},
	{"B320", "xml_bad_etree", "lxml.etree parse, fromstring, RestrictedElement, GlobalParserTLS, getDefaultParser and check_docinfo"},
	{"B322", "input", "the input() builtin (only dangerous on Python 2)"},
	{"B325", "tempnam", "os.tempnam and os.tmpnam (removed from Python 3)"},
	{"B410", "import_lxml", "importing lxml"},
	{"B414", "import_pycryptodome", "importing Cryptodome (pycryptodome is maintained)"},
}
