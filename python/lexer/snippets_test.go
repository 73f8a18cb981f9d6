package lexer

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// trickySnippets are valid sources exercising corners of the tokenizer;
// each is compared with python3.13's tokenize module.
var trickySnippets = []string{
	"f'{x:{y}.{z}f}'\n", "f'{x!r:{y}}'\n", "f'{x:}'\n", "f'{x:{{}}>10}'\n", "f'{{}}'\n", "f'{{{x}}}'\n",
	"f'}}{{'\n", "f'{x:%H:%M}'\n", "f'{\"a\" if b else \"c\"}'\n", "f'{a[\"b\"]}'\n", "f'{ {}}'\n",
	"f'{x=!r:^20}'\n", "f'{x = }'\n", "f'''{\nx\n+\ny\n}'''\n", "f'''{x:\n}'''\n", "f'{x:{y:{z}}}'\n",
	"rf'\\{x}'\n", "f'\\{x}'\n", "f'\\\\{x}'\n", "f'\\N{DASH}{x}'\n", "fr'\\N{DASH}{x}'\n", "f'\\\\N{x}'\n",
	"f'{x}' f\"{y}\" 'z'\n", "f''\n", "f''''''\n", "F'{x}'\n", "Rf'{x}'\n", "fR'{x}'\n", "f'{lambda x:1}'\n",
	"f'{(lambda x: 1)}'\n", "f'{x:{\"a\"}}'\n", "f'{\"\\n\".join(x)}'\n", "f'{x!s}{y!a}'\n", "f'{3!r}'\n",
	"f'{x}}}'\n", "f'{{{{x'\n", "f'a{{'\n", "f'''a\n{{\nb'''\n", "f'{x # c\n}'\n", "f'{x:{y}}}}'\n",
	"f\"{'\\''}\"\n", "f'{f\"{f'{1}'}\"}'\n", "f'{x:=10}'\n", "f'{(x:=10)}'\n", "f'{x!r=}'\n",
	"def f():\n\tif x:\n\t\treturn 1\n\treturn 2\n", "if x:\n  pass\n\n\n", "x = [\n1,\n\n2]\n",
	"class A:\n    def f(self):\n        pass\n# trailing\n", "if x:\n    pass\n  # odd comment\n",
	"x = 1\\\n+2\n", "  \\\n\nx = 1\n", "\\\nx = 1\n", "x = '''\\\n'''\n", "x = 'a\\\nb'\n",
	"0 00 0_0 0.0 0e0 0j 0.j 1_1j 0x1_F 0O7 0B1 1E5 1e-5 1.e5 .1e5 if 1 else 2\n",
	"1or 2\n", "1and 2\n", "1in x\n", "1is x\n", "[0x1for x in y]\n", "1 if 1else 2\n",
	"x = 1; y = 2;\n", "@x\ndef f(): ...\n", "a->b\n", "print(*a, **b)\n", "a <> b\n",
	"é = 1\n", "ℌ = 2\n", "x = '€'\n", "# é\nx = 1  # ü\n", "x = b'\\xff'\n", "\f\nx = 1\n",
	"if x:\n\f    y\n", "x = (\n  # c\n)\n", "async def f():\n    await x\n", "match x:\n    case 1: pass\n",
	"type X = int\n", "x = 1 if y else\\\n  2\n", "#!/usr/bin/env python\n# -*- coding: utf-8 -*-\n",
	"x = 1\n\n\n\n", "\n\n\nx = 1", "# only a comment", "\n", " \n", "x\n ", "'''a\n\nb'''",
}

func TestTrickySnippetsMatchPython(t *testing.T) {
	py := python313(t)
	dir := t.TempDir()
	var files []string
	for i, s := range trickySnippets {
		f := filepath.Join(dir, fmt.Sprintf("s%03d.py", i))
		if err := os.WriteFile(f, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
		files = append(files, f)
	}
	runOracle(t, py, "testdata/tokdump.py", files, func(line []byte) {
		var of oracleFile
		if err := json.Unmarshal(line, &of); err != nil {
			t.Fatal(err)
		}
		raw, _ := os.ReadFile(of.File)
		if of.Error != "" {
			t.Errorf("%q: python tokenize failed: %s", raw, of.Error)
			return
		}
		src, err := Decode(of.File, raw)
		if err != nil {
			t.Errorf("%q: %v", raw, err)
			return
		}
		toks, _, err := Tokenize(of.File, src)
		if err != nil {
			t.Errorf("%q: %v", raw, err)
			return
		}
		if msg := compareTokens(src, toks, of.Toks); msg != "" {
			t.Errorf("%q: %s\n%s", raw, msg, dumpTokens(src, toks))
		}
	})
}
