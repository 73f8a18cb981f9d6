package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestNotebookSarifRegions: every SARIF result in a notebook points at
// the .ipynb line holding the flagged cell line (Jupyter writes one JSON
// string per source line), and names the cell.
func TestNotebookSarifRegions(t *testing.T) {
	const nb = "examples/notebooks/explore.ipynb"
	r := krait(t, "", "", "scan", "-f", "sarif", nb)
	if r.code != 1 {
		t.Fatalf("exit %d, stderr %s", r.code, r.stderr)
	}
	var log struct {
		Runs []struct {
			Results []struct {
				RuleID    string         `json:"ruleId"`
				Props     map[string]any `json:"properties"`
				Locations []struct {
					Physical struct {
						Region struct {
							StartLine int `json:"startLine"`
							Snippet   struct {
								Text string `json:"text"`
							} `json:"snippet"`
						} `json:"region"`
					} `json:"physicalLocation"`
					Logical []struct {
						Name string `json:"name"`
					} `json:"logicalLocations"`
				} `json:"locations"`
			} `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &log); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(filepath.Join(repoRoot, nb))
	if err != nil {
		t.Fatal(err)
	}
	fileLines := strings.Split(string(data), "\n")
	results := log.Runs[0].Results
	if len(results) == 0 {
		t.Fatal("no results; the test would prove nothing")
	}
	for _, res := range results {
		loc := res.Locations[0]
		cell, _ := res.Props["notebook_cell"].(float64)
		if cell == 0 {
			t.Errorf("%s: no notebook_cell property", res.RuleID)
			continue
		}
		if len(loc.Logical) != 1 || loc.Logical[0].Name != fmt.Sprintf("cell %d", int(cell)) {
			t.Errorf("%s: logical locations %+v, want cell %d", res.RuleID, loc.Logical, int(cell))
		}
		n := loc.Physical.Region.StartLine
		if n < 1 || n > len(fileLines) {
			t.Errorf("%s: region line %d outside the file", res.RuleID, n)
			continue
		}
		var element string
		literal := strings.TrimSuffix(strings.TrimSpace(fileLines[n-1]), ",")
		if err := json.Unmarshal([]byte(literal), &element); err != nil {
			t.Errorf("%s: file line %d is not one source string: %q", res.RuleID, n, fileLines[n-1])
			continue
		}
		want := strings.SplitN(loc.Physical.Region.Snippet.Text, "\n", 2)[0]
		if strings.TrimSuffix(element, "\n") != want {
			t.Errorf("%s: file line %d holds %q, snippet is %q", res.RuleID, n, element, want)
		}
	}
}
