package secrets

import "testing"

// TestLooksLikePasswordMatchesRegexp compares the hand matcher with bandit's
// regexp on names built from the pattern's pieces.
func TestLooksLikePasswordMatchesRegexp(t *testing.T) {
	pieces := []string{"", "_", "__", "a", "db", "x_", "pass", "PASS", "passphrase", "password", "Passwd", "pwd", "token",
		"TOKEN", "secret", "secrete", "secrets", "pasd", "passsword", "paswrd", "pasword", "pas", "p", "passw0rd", "tokens", "s"}
	n := 0
	for _, a := range pieces {
		for _, b := range pieces {
			for _, c := range pieces {
				name := a + b + c
				if got, want := LooksLikePassword(name), candidate.MatchString(name); got != want {
					t.Errorf("LooksLikePassword(%q) = %v, regexp says %v", name, got, want)
				}
				n++
			}
		}
	}
	for _, name := range []string{"paſsword", "toKen", "my_passwd_value", "Compass", "bypass_mode"} {
		if got, want := LooksLikePassword(name), candidate.MatchString(name); got != want {
			t.Errorf("LooksLikePassword(%q) = %v, regexp says %v", name, got, want)
		}
	}
	if n == 0 {
		t.Fatal("no names tried")
	}
}
