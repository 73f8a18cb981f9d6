package taint

import (
	"fmt"
	"strings"

	"github.com/kraitsec/krait/finding"
	"github.com/kraitsec/krait/taint/models"
)

// ruleDoc is the documentation of one taint rule.
type ruleDoc struct {
	kind        models.Kind
	name        string
	severity    finding.Level
	why         string
	bad, good   string
	remediation string
	refs        []string
}

var ruleDocs = []ruleDoc{
	{models.SQL, "sql_injection", finding.High,
		"Text from the user becomes part of an SQL statement, so an attacker can change the query: read or modify any table, bypass logins, sometimes run commands on the database server.",
		"name = request.args['name']\ncur.execute(f\"SELECT * FROM users WHERE name = '{name}'\")",
		"name = request.args['name']\ncur.execute(\"SELECT * FROM users WHERE name = ?\", (name,))",
		"Pass values as query parameters (?, %s, :name) and keep the SQL text constant; use an allow-list for identifiers such as column names.",
		[]string{"https://owasp.org/www-community/attacks/SQL_Injection", "https://cheatsheetseries.owasp.org/cheatsheets/Query_Parameterization_Cheat_Sheet.html"}},
	{models.NoSQL, "nosql_injection", finding.High,
		"User data shapes a NoSQL query or an operator document ($where, $ne, $regex), letting an attacker bypass filters or run server-side JavaScript.",
		"users.find({\"$where\": \"this.name == '\" + request.args['n'] + \"'\"})",
		"users.find({\"name\": {\"$eq\": str(request.args['n'])}})",
		"Build query documents from typed values (cast to str/int, wrap in $eq) and never let user data choose operators or JavaScript.",
		[]string{"https://owasp.org/www-project-web-security-testing-guide/latest/4-Web_Application_Security_Testing/07-Input_Validation_Testing/05.6-Testing_for_NoSQL_Injection"}},
	{models.Command, "os_command_injection", finding.High,
		"User data reaches a shell command line or selects the program to run, so an attacker can run arbitrary commands with the application's rights.",
		"host = request.args['host']\nos.system('ping -c 1 ' + host)",
		"host = request.args['host']\nsubprocess.run(['ping', '-c', '1', '--', host], check=True)",
		"Run programs with an argument list and shell=False, keep the program fixed, and quote with shlex.quote only when a shell string is unavoidable.",
		[]string{"https://owasp.org/www-community/attacks/Command_Injection", "https://docs.python.org/3/library/subprocess.html#security-considerations"}},
	{models.Code, "code_injection", finding.High,
		"User data is evaluated or executed as Python code (eval, exec, import by name), giving the attacker full control of the process.",
		"expr = request.args['expr']\nresult = eval(expr)",
		"expr = request.args['expr']\nresult = ast.literal_eval(expr)",
		"Never evaluate user input; parse data with ast.literal_eval or json.loads and map names to functions through an explicit allow-list.",
		[]string{"https://owasp.org/www-community/attacks/Code_Injection"}},
	{models.Path, "path_traversal", finding.High,
		"A user-controlled file name reaches a file-system call, so `../` sequences or absolute paths let an attacker read or overwrite files outside the intended directory.",
		"name = request.args['file']\nreturn open(os.path.join(BASE, name)).read()",
		"name = werkzeug.utils.secure_filename(request.args['file'])\nreturn open(os.path.join(BASE, name)).read()",
		"Reduce the name to a base name (secure_filename, os.path.basename), or resolve the path and check it stays under the base directory.",
		[]string{"https://owasp.org/www-community/attacks/Path_Traversal"}},
	{models.XSS, "cross_site_scripting", finding.High,
		"User data is written into an HTML response without escaping, so an attacker can inject script that runs in other users' browsers.",
		"name = request.args['name']\nreturn f'<h1>Hello {name}</h1>'",
		"name = request.args['name']\nreturn f'<h1>Hello {markupsafe.escape(name)}</h1>'",
		"Render through an autoescaping template (render_template with .html templates) or escape with markupsafe.escape/html.escape; return JSON with jsonify.",
		[]string{"https://owasp.org/www-community/attacks/xss/", "https://cheatsheetseries.owasp.org/cheatsheets/Cross_Site_Scripting_Prevention_Cheat_Sheet.html"}},
	{models.Template, "server_side_template_injection", finding.High,
		"User data is used as template source, so template expressions run on the server; in Jinja2 this leads to remote code execution.",
		"tpl = request.args['tpl']\nreturn render_template_string(tpl)",
		"name = request.args['name']\nreturn render_template_string('Hello {{ name }}', name=name)",
		"Keep template source constant and pass user data only as context variables.",
		[]string{"https://portswigger.net/web-security/server-side-template-injection"}},
	{models.Redirect, "open_redirect", finding.Medium,
		"A user-controlled URL decides where the application redirects, which phishing campaigns use to send victims to a malicious site through a trusted domain.",
		"return redirect(request.args['next'])",
		"target = request.args.get('next', '/')\nif urlparse(target).netloc not in ALLOWED_HOSTS:\n    target = '/'\nreturn redirect(target)",
		"Redirect only to relative paths or to hosts on an allow-list; prefer url_for for internal targets.",
		[]string{"https://cheatsheetseries.owasp.org/cheatsheets/Unvalidated_Redirects_and_Forwards_Cheat_Sheet.html"}},
	{models.SSRF, "server_side_request_forgery", finding.High,
		"A user-controlled URL or host is fetched by the server, letting an attacker reach internal services, cloud metadata endpoints or local files.",
		"url = request.args['url']\ndata = urllib.request.urlopen(url).read()",
		"url = request.args['url']\nif urlparse(url).hostname not in ALLOWED_HOSTS:\n    abort(400)\ndata = urllib.request.urlopen(url).read()",
		"Fetch only from allow-listed hosts and schemes, and resolve and check the address before connecting.",
		[]string{"https://owasp.org/Top10/A10_2021-Server-Side_Request_Forgery_%28SSRF%29/"}},
	{models.Deserialization, "unsafe_deserialization", finding.High,
		"Untrusted bytes are deserialized with a format that can construct arbitrary objects (pickle, marshal, shelve, unsafe YAML), which runs attacker code.",
		"obj = pickle.loads(request.get_data())",
		"obj = json.loads(request.get_data())",
		"Use data-only formats (JSON) for untrusted input, or sign serialized blobs with HMAC and verify before loading.",
		[]string{"https://owasp.org/www-community/vulnerabilities/Deserialization_of_untrusted_data", "https://docs.python.org/3/library/pickle.html"}},
	{models.XXE, "xml_external_entities", finding.High,
		"Untrusted XML is parsed with external entity resolution on, so the document can read local files or make network requests.",
		"parser = etree.XMLParser(resolve_entities=True)\netree.fromstring(request.get_data(), parser)",
		"defusedxml.ElementTree.fromstring(request.get_data())",
		"Parse untrusted XML with defusedxml or with entity resolution and network access disabled.",
		[]string{"https://owasp.org/www-community/vulnerabilities/XML_External_Entity_(XXE)_Processing"}},
	{models.LDAP, "ldap_injection", finding.High,
		"User data is placed into an LDAP filter or DN unescaped, letting an attacker change the query (for example to bypass authentication).",
		"conn.search_s(base, ldap.SCOPE_SUBTREE, '(uid=' + request.args['u'] + ')')",
		"conn.search_s(base, ldap.SCOPE_SUBTREE, ldap.filter.filter_format('(uid=%s)', [request.args['u']]))",
		"Escape values with ldap.filter.escape_filter_chars / filter_format and ldap.dn.escape_dn_chars.",
		[]string{"https://cheatsheetseries.owasp.org/cheatsheets/LDAP_Injection_Prevention_Cheat_Sheet.html"}},
	{models.XPath, "xpath_injection", finding.High,
		"User data is interpolated into an XPath expression, letting an attacker read other nodes of the document.",
		"root.xpath(\"//user[@name='\" + request.args['n'] + \"']\")",
		"root.xpath('//user[@name=$n]', n=request.args['n'])",
		"Pass values as XPath variables instead of building the expression as text.",
		[]string{"https://owasp.org/www-community/attacks/XPATH_Injection"}},
	{models.Log, "log_injection", finding.Low,
		"User data is written to logs without neutralising line breaks, so an attacker can forge log entries or inject content into log viewers.",
		"logging.info('login failed for ' + request.form['user'])",
		"user = request.form['user'].replace('\\r', '').replace('\\n', '')\nlogging.info('login failed for %r', user)",
		"Strip or escape CR/LF (or log with %r) before logging user data.",
		[]string{"https://owasp.org/www-community/attacks/Log_Injection"}},
	{models.Header, "http_header_injection", finding.Medium,
		"User data is written into an HTTP header or cookie, allowing response splitting or cookie manipulation when line breaks or separators are not rejected.",
		"self.send_header('Location', self.path)",
		"self.send_header('Location', urllib.parse.quote(self.path, safe='/'))",
		"Reject CR/LF in header values and build headers from validated values.",
		[]string{"https://owasp.org/www-community/attacks/HTTP_Response_Splitting"}},
	{models.Regex, "regex_injection", finding.Medium,
		"User data is compiled as a regular expression, letting an attacker supply catastrophic-backtracking patterns (ReDoS) or change what matches.",
		"re.search(request.args['pattern'], text)",
		"re.search(re.escape(request.args['pattern']), text)",
		"Escape user text with re.escape, or match it as plain text.",
		[]string{"https://owasp.org/www-community/attacks/Regular_expression_Denial_of_Service_-_ReDoS"}},
	{models.TrustBoundary, "trust_boundary_violation", finding.Medium,
		"Unvalidated request data is stored in a trusted store (the session), where later code will treat it as validated.",
		"session['role'] = request.args['role']",
		"role = request.args['role']\nif role in ALLOWED_ROLES:\n    session['role'] = role",
		"Validate data before storing it in the session or other trusted state.",
		[]string{"https://cwe.mitre.org/data/definitions/501.html"}},
	{models.XSLT, "xslt_injection", finding.High,
		"A user-supplied stylesheet is compiled and run: XSLT can read files (document()), write files (exsl:document) and call extension functions on the server.",
		"style = etree.XML(request.files['style'].read())\ntransform = etree.XSLT(style)",
		"style = etree.parse('/srv/app/report.xsl')\ntransform = etree.XSLT(style, access_control=etree.XSLTAccessControl.DENY_ALL)",
		"Only run stylesheets shipped with the application, and deny file and network access with XSLTAccessControl.",
		[]string{"https://lxml.de/xpathxslt.html#xslt"}},
	{models.XMLBomb, "xml_entity_expansion", finding.Medium,
		"Untrusted XML is parsed by a parser that expands internal entities, so a small document of nested entities (\"billion laughs\") can exhaust memory and CPU.",
		"root = xml.etree.ElementTree.fromstring(request.get_data())",
		"root = defusedxml.ElementTree.fromstring(request.get_data())",
		"Parse untrusted XML with defusedxml, which refuses entity declarations; keep Expat current (2.4.1 and later limit amplification).",
		[]string{"https://docs.python.org/3/library/xml.html#xml-vulnerabilities", "https://github.com/tiran/defusedxml"}},
}

func ruleName(k models.Kind) string {
	for _, d := range ruleDocs {
		if d.kind == k {
			return d.name
		}
	}
	return ""
}

func init() {
	for _, d := range ruleDocs {
		info := d.kind.Info()
		finding.Register(&finding.Rule{
			ID: fmt.Sprintf("T%d", info.CWE), Name: d.name, Severity: d.severity, Confidence: finding.High,
			CWE: info.CWE, MoreInfo: finding.DocURL(fmt.Sprintf("T%d", info.CWE)),
			Doc: finding.Doc{
				Summary:     info.Title + ": untrusted data reaches " + strings.ToLower(sinkPhrase(d.kind)) + " without sanitisation.",
				Why:         d.why,
				Bad:         d.bad,
				Good:        d.good,
				Remediation: d.remediation,
				References:  append(d.refs, finding.CWELink(info.CWE)),
			},
		})
	}
}

func sinkPhrase(k models.Kind) string {
	switch k {
	case models.SQL:
		return "SQL query text"
	case models.NoSQL:
		return "a NoSQL query"
	case models.Command:
		return "an OS command"
	case models.Code:
		return "code evaluation"
	case models.Path:
		return "a file-system path"
	case models.XSS:
		return "an HTML response"
	case models.Template:
		return "template source"
	case models.Redirect:
		return "a redirect location"
	case models.SSRF:
		return "a server-side request URL"
	case models.Deserialization:
		return "a deserializer"
	case models.XXE:
		return "an XML parser resolving external entities"
	case models.LDAP:
		return "an LDAP query"
	case models.XPath:
		return "an XPath expression"
	case models.Log:
		return "a log message"
	case models.Header:
		return "an HTTP header"
	case models.Regex:
		return "a regular expression"
	case models.TrustBoundary:
		return "trusted session state"
	case models.XSLT:
		return "an XSLT stylesheet"
	case models.XMLBomb:
		return "an XML parser expanding entities"
	}
	return "a sink"
}
