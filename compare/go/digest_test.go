package main

import (
	"encoding/binary"
	"fmt"
	"hash/fnv"
	"math"
	"os"
	"regexp"
	"testing"
)

const (
	fixturePath = "../../fixtures/src/main/resources/dev/jsonbench/fixtures/api-response.json"
	digestDoc   = "../../fixtures/DIGEST.md"
)

// expectedDigest reads the fixture's digest from DIGEST.md, so the tests follow the fixture.
func expectedDigest(t *testing.T) string {
	t.Helper()
	doc, err := os.ReadFile(digestDoc)
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`(?m)^Expected digest[^\n]*\n\s*\n\s+([0-9a-f]{16})\s*$`).FindSubmatch(doc)
	if m == nil {
		t.Fatalf("no expected digest found in %s", digestDoc)
	}
	return string(m[1])
}

func readFixture(t *testing.T) []byte {
	t.Helper()
	data, err := os.ReadFile(fixturePath)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func TestFixtureDigestEveryRunner(t *testing.T) {
	want := expectedDigest(t)
	data := readFixture(t)
	for _, r := range runners {
		t.Run(r.name, func(t *testing.T) {
			var typed ApiResponse
			if err := r.unmarshal(data, &typed); err != nil {
				t.Fatal(err)
			}
			if got, err := digestTyped(&typed); err != nil || got != want {
				t.Errorf("typed digest = %s, %v; want %s", got, err, want)
			}
			var tree any
			if err := r.unmarshal(data, &tree); err != nil {
				t.Fatal(err)
			}
			if got, err := digestTree(tree); err != nil || got != want {
				t.Errorf("tree digest = %s, %v; want %s", got, err, want)
			}
		})
	}
}

// canon builds DIGEST.md's canonical bytes by hand; fnvHex hashes them with the standard library's
// FNV-1a, independently of digester.
type canon []byte

func (c canon) tag(b byte) canon      { return append(c, b) }
func (c canon) count(n uint32) canon  { return binary.LittleEndian.AppendUint32(c, n) }
func (c canon) str(s string) canon    { return append(c.tag('s').count(uint32(len(s))), s...) }
func (c canon) num(bits uint64) canon { return binary.LittleEndian.AppendUint64(c.tag('d'), bits) }
func (c canon) float(f float64) canon { return c.num(math.Float64bits(f)) }
func fnvHex(b []byte) string          { h := fnv.New64a(); h.Write(b); return fmt.Sprintf("%016x", h.Sum64()) }
func treeDigest(t *testing.T, v any) string {
	t.Helper()
	got, err := digestTree(v)
	if err != nil {
		t.Fatal(err)
	}
	return got
}

func TestDigestRules(t *testing.T) {
	cases := []struct {
		name  string
		value any
		bytes canon
	}{
		{"null", nil, canon{'n'}},
		{"booleans", []any{false, true}, canon{}.tag('a').count(2).tag('f').tag('t')},
		{"negative zero is written as +0", math.Copysign(0, -1), canon{}.num(0)},
		{"number", 1.5, canon{}.float(1.5)},
		{"string length is UTF-8 bytes", "é€", canon{}.str("é€")},
		{"empty string", "", canon{'s', 0, 0, 0, 0}},
		{"empty object", map[string]any{}, canon{}.tag('o').count(0)},
		{"keys sorted by unsigned UTF-8 bytes, prefix first",
			map[string]any{"é": 1.0, "b": nil, "ab": true, "a": "x", "Z": false},
			canon{}.tag('o').count(5).
				str("Z").tag('f').
				str("a").str("x").
				str("ab").tag('t').
				str("b").tag('n').
				str("é").float(1)},
		{"nested array", []any{[]any{}, map[string]any{"k": []any{2.0}}},
			canon{}.tag('a').count(2).tag('a').count(0).
				tag('o').count(1).str("k").tag('a').count(1).float(2)},
	}
	for _, c := range cases {
		if got, want := treeDigest(t, c.value), fnvHex(c.bytes); got != want {
			t.Errorf("%s: digest %s, want %s", c.name, got, want)
		}
	}
	if fnvHex(nil) != "cbf29ce484222325" {
		t.Error("FNV-1a 64 offset basis changed")
	}
	if _, err := digestTree(int64(1)); err == nil {
		t.Error("digestTree accepted an int64, which no runner produces")
	}
}

func TestTypedDigestMatchesTree(t *testing.T) {
	typed := &ApiResponse{Status: "ok", Total: 1 << 53, Items: []Item{
		{ID: 7, Name: "n", Tags: []string{"a"}, Metadata: map[string]any{"x": -0.0}},
		{ID: 8}, // absent tags and metadata hash as null
	}}
	tree := map[string]any{"status": "ok", "total": float64(1 << 53), "items": []any{
		map[string]any{"id": 7.0, "name": "n", "tags": []any{"a"}, "metadata": map[string]any{"x": 0.0}},
		map[string]any{"id": 8.0, "name": "", "tags": nil, "metadata": nil},
	}}
	got, err := digestTyped(typed)
	if err != nil {
		t.Fatal(err)
	}
	if want := treeDigest(t, tree); got != want {
		t.Errorf("typed %s, tree %s", got, want)
	}
	if empty, _ := digestTyped(&ApiResponse{}); empty != treeDigest(t, map[string]any{"items": nil, "status": "", "total": 0.0}) {
		t.Error("a zero ApiResponse should hash as {items: null, status: \"\", total: 0}")
	}
}

// treeDigestOf decodes text with every runner of this build and returns the digest they agree on.
func treeDigestOf(t *testing.T, text string) string {
	t.Helper()
	digest := ""
	for _, r := range runners {
		var v any
		if err := r.unmarshal([]byte(text), &v); err != nil {
			t.Fatalf("%s: %s: %v", r.name, text, err)
		}
		if d := treeDigest(t, v); digest == "" {
			digest = d
		} else if d != digest {
			t.Errorf("%s: %s digests to %s, another runner to %s", r.name, text, d, digest)
		}
	}
	return digest
}

func TestDigestCatchesEverySmallChange(t *testing.T) {
	for _, c := range []struct{ a, b, change string }{
		{"0.1", "0.10000000000000002", "one ulp"},
		{`"a\nb"`, `"anb"`, "a lost escape"},
		{"[1,2,3]", "[1,3,2]", "a reordered array"},
		{`{"name":1}`, `{"nane":1}`, "a changed member name"},
		{`{"a":[]}`, `{"a":{}}`, "container kind"},
		{`["ab"]`, `["a","b"]`, "string boundaries"},
		{`{"a":null}`, `{}`, "a member with a null value"},
	} {
		if treeDigestOf(t, c.a) == treeDigestOf(t, c.b) {
			t.Errorf("%s: %s and %s digest alike", c.change, c.a, c.b)
		}
	}
}

func TestDigestIgnoresMemberOrder(t *testing.T) {
	a := treeDigestOf(t, `{"a":1,"b":{"y":[true,null],"x":"s"}}`)
	if b := treeDigestOf(t, `{"b":{"x":"s","y":[true,null]},"a":1}`); a != b {
		t.Errorf("member order changed the digest: %s, %s", a, b)
	}
}
