// Package secrets holds krait's credential checks (K251–K259): Azure
// Cosmos DB keys in code, literals in the format of well-known API tokens
// and private keys (also in notebook cells), sensitive values written to
// logs, and passwords hashed with fast hashes.
package secrets

import (
	"github.com/kraitsec/krait/checks"
	"github.com/kraitsec/krait/finding"
)

var ruleCosmos = &finding.Rule{
	ID: "K251", Name: "cosmos_key_hardcoded", Severity: finding.High, Confidence: finding.High, CWE: 798,
	MoreInfo: checks.KraitURL("K251"),
	Doc: finding.Doc{
		Summary:     "An Azure Cosmos DB account key or connection string is written in the source (CosmosClient(url, credential=\"...\"), CosmosClient.from_connection_string(\"...AccountKey=...\")).",
		Why:         "The account (master) key grants full read/write access to every database in the account; whoever reads the repository, a notebook or a log of it owns the data.",
		Bad:         "from azure.cosmos import CosmosClient\nclient = CosmosClient(URL, credential=\"bXlrZXk=...\")\n",
		Good:        "from azure.cosmos import CosmosClient\nfrom azure.identity import DefaultAzureCredential\nclient = CosmosClient(URL, credential=DefaultAzureCredential())\n",
		Remediation: "Authenticate with Microsoft Entra ID (azure.identity credentials) or load the key from a secret store at run time; rotate any key that was committed.",
		References:  []string{"https://learn.microsoft.com/en-us/azure/cosmos-db/nosql/security/how-to-grant-data-plane-role-based-access", finding.CWELink(798)},
	},
}

var ruleTokenFormat = &finding.Rule{
	ID: "K252", Name: "known_credential_format", Severity: finding.High, Confidence: finding.High, CWE: 798,
	MoreInfo: checks.KraitURL("K252"),
	Doc: finding.Doc{
		Summary: "A string literal has the format of a well-known credential: AWS access key id, GitHub, GitLab, Slack, Stripe, " +
			"Google API, OpenAI or Anthropic key, or a PEM private key with its body — in code or in a notebook cell.",
		Why: "Keys committed to a repository or left in a notebook's cells are found by scrapers within minutes of " +
			"publication and stay in the history after deletion.",
		Bad:         "import boto3\ns3 = boto3.client(\"s3\", aws_access_key_id=\"AKIAABCDEFGHIJKLMNOP\", aws_secret_access_key=SECRET)\n",
		Good:        "import boto3\ns3 = boto3.client(\"s3\")  # credentials from the environment or an instance role\n",
		Remediation: "Revoke the key, load credentials from the environment or a secret manager, and scrub notebook outputs and history.",
		References:  []string{"https://docs.github.com/en/code-security/secret-scanning/introduction/supported-secret-scanning-patterns", finding.CWELink(798)},
	},
}

var ruleLogged = &finding.Rule{
	ID: "K253", Name: "sensitive_data_logged", Severity: finding.Medium, Confidence: finding.Medium, CWE: 532,
	MoreInfo: checks.KraitURL("K253"),
	Doc: finding.Doc{
		Summary:     "A password, secret, API key or access token variable is passed to a logging call.",
		Why:         "Logs are copied to files, aggregators and support tickets and kept for a long time, usually with weaker access control than the credential store.",
		Bad:         "import logging\nlogging.info(\"login %s with %s\", user, password)\n",
		Good:        "import logging\nlogging.info(\"login %s\", user)\n",
		Remediation: "Log identifiers, never the secret; mask values (first characters only) when a key must be identified.",
		References:  []string{"https://cheatsheetseries.owasp.org/cheatsheets/Logging_Cheat_Sheet.html#data-to-exclude", finding.CWELink(532)},
	},
}

var ruleWeakPwHash = &finding.Rule{
	ID: "K254", Name: "weak_password_hash", Severity: finding.High, Confidence: finding.Medium, CWE: 916,
	MoreInfo: checks.KraitURL("K254"),
	Doc: finding.Doc{
		Summary:     "A password is hashed with a fast general-purpose hash (hashlib md5, sha1, sha2, sha3, blake2, or hashlib.new) instead of a password-hashing function.",
		Why:         "Fast hashes let an attacker who obtains the hashes test billions of guesses per second; salting alone does not slow that down.",
		Bad:         "import hashlib\ndigest = hashlib.sha256(password.encode()).hexdigest()\n",
		Good:        "import hashlib, os\nsalt = os.urandom(16)\ndigest = hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1)\n",
		Remediation: "Use argon2 (argon2-cffi), bcrypt, hashlib.scrypt or hashlib.pbkdf2_hmac with a high iteration count, or the framework's password hasher.",
		References:  []string{"https://cheatsheetseries.owasp.org/cheatsheets/Password_Storage_Cheat_Sheet.html", finding.CWELink(916)},
	},
}

func init() {
	call := []checks.Kind{checks.KindCall}
	checks.Register(&checks.Check{Rule: ruleCosmos, Kinds: call, CallNames: checks.Names("CosmosClient", "from_connection_string"), Run: runCosmos})
	checks.Register(&checks.Check{Rule: ruleTokenFormat, Kinds: []checks.Kind{checks.KindStr}, Run: runTokenFormat})
	checks.Register(&checks.Check{Rule: ruleLogged, Kinds: call, CallNames: checks.Names(logMethods...), Run: runLogged})
	checks.Register(&checks.Check{Rule: ruleWeakPwHash, Kinds: call, CallNames: checks.Names(fastHashes...), Run: runWeakPwHash})
}
