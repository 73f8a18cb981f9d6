package taint

import (
	"strings"

	"github.com/kraitsec/krait/taint/models"
)

// originMask is what text placed after the constant head of a URL cannot
// do. A head that already fixes where a browser goes — a path starting "/"
// then neither "/" nor "\", an absolute "scheme://host" followed by "/",
// "?" or "#", or anything containing "?" or "#" (no scheme can start later)
// — makes the rest safe from open redirect. A request URL is fixed only when
// the tainted text is in the query or fragment of an absolute URL: a tainted
// path after a fixed host still reaches other endpoints (partial SSRF).
func originMask(head string) models.Mask {
	if head == "" {
		return 0
	}
	if hostEnd, ok := absoluteHost(head); ok {
		if hostEnd < 0 {
			return 0 // the host itself is not finished
		}
		if strings.ContainsAny(head[hostEnd:], "?#") {
			return models.Redirect.Bit() | models.SSRF.Bit()
		}
		return models.Redirect.Bit()
	}
	if strings.ContainsAny(head, "?#") {
		return models.Redirect.Bit()
	}
	if len(head) >= 2 && head[0] == '/' && head[1] != '/' && head[1] != '\\' {
		return models.Redirect.Bit()
	}
	return 0
}

// absoluteHost reports a head starting "scheme://"; hostEnd is where the
// host ends ("/", "?" or "#" after it), -1 when the head stops inside it.
func absoluteHost(head string) (hostEnd int, ok bool) {
	i := strings.Index(head, "://")
	if i <= 0 {
		return 0, false
	}
	for j, ch := range head[:i] {
		if !(ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' || j > 0 && (ch >= '0' && ch <= '9' || ch == '+' || ch == '.' || ch == '-')) {
			return 0, false
		}
	}
	rest := head[i+3:]
	k := strings.IndexAny(rest, "/?#\\")
	if k <= 0 {
		return -1, true // no host yet, or the host is open
	}
	return i + 3 + k, true
}

// afterHead marks taint that a string with a constant head carries.
func afterHead(head string, t Taint) Taint {
	if m := originMask(head); m != 0 {
		t = clean(t, m)
	}
	if hostEnd, ok := absoluteHost(head); ok && hostEnd >= 0 && head[hostEnd] == '/' {
		// One encoded path segment under a fixed host reaches no other server.
		t = mapTaint(t, func(l Label) Label {
			if l.M&models.OneSegment != 0 {
				l.M |= models.SSRF.Bit()
			}
			return l
		})
	}
	return t
}
