package config

import (
	"bytes"
	"os"
	"strings"
)

func containsBytes(data []byte, s string) bool { return bytes.Contains(data, []byte(s)) }

func joinComma(xs []string) string { return strings.Join(xs, ", ") }

func readFile(path string) ([]byte, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, errorf(path, 0, "cannot read: %s", errText(err))
	}
	return data, nil
}
