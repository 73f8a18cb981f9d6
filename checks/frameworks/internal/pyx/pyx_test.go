package pyx

import "testing"

func TestPasswordLike(t *testing.T) {
	for _, tc := range []struct {
		name string
		want bool
	}{
		{"password", true},
		{"user_password", true},
		{"passwd", true},
		{"db_pass", true},
		{"pwd", true},
		{"api_key", true},
		{"apikey", true},
		{"access_token", true},
		{"refresh_token", true},
		{"client_secret", true},
		{"SECRET_KEY", true},
		{"private_key", true},
		{"Authorization", true},
		{"auth_header", true},
		{"author", false},
		{"authors", false},
		{"token", false}, // tokenizers
		{"tokens", false},
		{"credentials", false},
		{"password_length", false},
		{"password_field", false},
		{"password_reset_url", false},
		{"min_password_len", false},
		{"passage", false},
		{"compass", false},
		{"keyword", false},
		{"monkey", false},
		{"token_count", false},
		{"secret_name", false},
	} {
		if got := PasswordLike(tc.name); got != tc.want {
			t.Errorf("PasswordLike(%q) = %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestIsTestPath(t *testing.T) {
	for _, tc := range []struct {
		path string
		want bool
	}{
		{"mysite/settings/test.py", true},
		{"mysite/test_settings.py", true},
		{"mysite/settings_test.py", true},
		{"tests/conf.py", true},
		{"app/tests/views.py", true},
		{"conftest.py", true},
		{"testdata/flask_app.py", false},
		{"mysite/settings.py", false},
		{"contest/settings.py", false},
		{"latest.py", false},
		{"settings/testing.py", true},
		{"test_views_unit.py", true},
	} {
		if got := IsTestPath(tc.path); got != tc.want {
			t.Errorf("IsTestPath(%q) = %v, want %v", tc.path, got, tc.want)
		}
	}
}
