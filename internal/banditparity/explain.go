package main

import (
	"bufio"

	"github.com/kraitsec/krait/python/ast"

	"os"
	"regexp"
	"strconv"
	"strings"
)

// The catalogue's section 3, "Bandit 1.6.2 (Debian package) vs newest
// source", as data: which ids exist in 1.6.2, which are not comparable and
// why differences on the others are expected.

// newSince162 are ids bandit added after 1.6.2.
var newSince162 = []string{"B113", "B202", "B415", "B508", "B509", "B612", "B613", "B614", "B615", "B704"}

// strChecks never run in bandit 1.6.2 on Python >= 3.8 (visit_Str without
// visit_Constant).
var strChecks = []string{"B104", "B105", "B108", "B608"}

// strShim is set when the report comes from bandit162_str_shim.py.
var strShim bool

// comparable: present in both versions, and not a Str check (a variable:
// -ids replaces it).
var comparable = defaultComparable

func defaultComparable(id string) bool {
	for _, list := range [][]string{newSince162, strChecks, {"B309", "B320", "B322", "B325", "B410", "B414"}} {
		for _, x := range list {
			if x == id {
				return false
			}
		}
	}
	return strings.HasPrefix(id, "B")
}

// internalErrors are bandit's "Bandit internal error running: TEST on file
// F at line L" log lines: that test produced nothing for that node.
type internalErrors map[string]map[int]map[string]bool // file -> line -> test name

var internalErrRE = regexp.MustCompile(`Bandit internal error running: (\w+) on file (.+?) at line (\d+)`)

func readInternalErrors(path string) internalErrors {
	out := internalErrors{}
	if path == "" {
		return out
	}
	f, err := os.Open(path)
	if err != nil {
		return out
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		for _, m := range internalErrRE.FindAllStringSubmatch(sc.Text(), -1) {
			line, _ := strconv.Atoi(m[3])
			if out[m[2]] == nil {
				out[m[2]] = map[int]map[string]bool{}
			}
			if out[m[2]][line] == nil {
				out[m[2]][line] = map[string]bool{}
			}
			out[m[2]][line][m[1]] = true
		}
	}
	return out
}

// testOf maps ids to bandit 1.6.2's function names, for internal errors.
var testOf = map[string]string{
	"B505": "weak_cryptographic_key", "B607": "start_process_with_partial_path",
	"B611": "django_rawsql_used", "B703": "django_mark_safe", "B609": "linux_commands_wildcard_injection",
}

func has(s string, words ...string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// explain returns the catalogue fact accounting for a difference, or
// "UNEXPLAINED". src is the source line of the finding.
func explain(k key, side, src string, ierr internalErrors, file []string, mod *ast.Module) string {
	test := testOf[k.id]
	if strings.HasPrefix(k.id, "B3") || strings.HasPrefix(k.id, "B4") {
		test = "blacklist"
	}
	if side == "krait" && ierr[k.file][k.line][test] {
		return "bandit 1.6.2 raised an internal error in " + test + " on this line and reported nothing (catalogue section 3)"
	}
	switch k.id {
	case "B324":
		return "B324 changed since 1.6.2: it was hashlib_new (only hashlib.new with md4/md5, MEDIUM/HIGH); now hashlib covers md4/md5/sha/sha1 and new() at HIGH/HIGH, and crypt methods"
	case "B301":
		if side == "krait" && has(src, "shelve", "Shelf", "jsonpickle", "read_pickle") {
			return "B301 qualname list changed since 1.6.2: shelve.open, shelve.DbfilenameShelf, jsonpickle.*, pandas.read_pickle added"
		}
		if side == "bandit" && has(strings.Join(file, "\n"), "cPickle") {
			return "B301 qualname list changed since 1.6.2: cPickle.* dropped (the file imports cPickle, possibly under another name)"
		}
	case "B303":
		if side == "bandit" {
			return "B303 qualname list changed since 1.6.2: hashlib.md5/hashlib.sha1 moved to B324"
		}
	case "B304":
		if side == "krait" && has(src, "CAST5", "SEED", "TripleDES") {
			return "B304 qualname list changed since 1.6.2: CAST5, SEED, TripleDES added"
		}
	case "B310":
		if side == "bandit" && has(src, "urllib", "urlopen", "urlretrieve", "URLopener") {
			return "B310 qualname list changed since 1.6.2: Python 2 urllib.urlopen/urlretrieve/URLopener/FancyURLopener and urllib2.urlopen/Request dropped"
		}
	case "B311":
		if side == "krait" && has(src, "Random", "choices", "getrandbits", "randbytes", "sample") {
			return "B311 qualname list changed since 1.6.2: random.Random, choices, getrandbits, randbytes, sample added"
		}
	case "B312":
		if side == "bandit" {
			return "B312 changed since 1.6.2: telnetlib.* (glob) narrowed to telnetlib.Telnet"
		}
	case "B321":
		if side == "bandit" {
			return "B321 changed since 1.6.2: ftplib.* (glob) narrowed to ftplib.FTP"
		}
	case "B403":
		if side == "krait" && has(src, "shelve") {
			return "B403 changed since 1.6.2: shelve added"
		}
	case "B411":
		if side == "krait" && has(src, "xmlrpc") {
			return "B411 changed since 1.6.2: xmlrpclib replaced by xmlrpc"
		}
	case "B106":
		if keywordLineShift(mod, k.line, side) {
			return "B106 reports the line of the keyword's value since 1.6.2 (1.6.2 reported the call's first line)"
		}
	case "B501":
		if side == "krait" && has(src, "httpx") {
			return "B501 extended after 1.6.2: httpx calls are checked too (1.6.2: requests only)"
		}
	case "B502", "B503":
		if side == "krait" && has(src, "TLSv1_1") {
			return "ssl_with_bad_version's default list gained PROTOCOL_TLSv1_1 and TLSv1_1_METHOD after 1.6.2"
		}
	case "B506":
		if side == "bandit" && has(src, "SafeLoader") {
			return "B506 changed after 1.6.2: a positional SafeLoader/CSafeLoader argument is accepted (1.6.2 only read Loader=)"
		}
	case "B507":
		if side == "krait" && has(src, "Policy(") {
			return "B507 changed after 1.6.2: an instantiated policy (AutoAddPolicy()) is recognised (1.6.2 read only names/attributes)"
		}
	case "B602", "B603":
		if has(src, "shell=\"\"", "shell=''", "shell=b") {
			return "has_shell changed after 1.6.2: a str/bytes shell= constant counts by its truthiness (1.6.2: any string was true)"
		}
	case "B605", "B607", "B609":
		if side == "krait" && has(src, "getoutput", "getstatusoutput") {
			return "shell_injection's default `shell` list gained subprocess.getoutput/getstatusoutput after 1.6.2 " +
				"(1.6.2's gen_config lists only os.*, popen2.* and commands.*; not itemised in catalogue section 3)"
		}
	}
	return "UNEXPLAINED"
}

// keywordLineShift: a multi-line call whose string keyword value sits on a
// later line than the call starts; bandit 1.6.2 reports the call's line
// (side bandit), newer bandit and krait the value's (side krait).
func keywordLineShift(mod *ast.Module, line int, side string) bool {
	found := false
	ast.Inspect(mod, func(n ast.Node) bool {
		c, ok := n.(*ast.Call)
		if !ok || found {
			return !found
		}
		for _, kw := range c.Keywords {
			v, ok := kw.Value.(*ast.Constant)
			if !ok || v.Lineno == c.Lineno {
				continue
			}
			if side == "bandit" && int(c.Lineno) == line || side == "krait" && int(v.Lineno) == line {
				found = true
			}
		}
		return true
	})
	return found
}
