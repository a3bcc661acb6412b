package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"strconv"
	"strings"
	"testing"
)

// protocolFields are every key of PROTOCOL.md's output object.
var protocolFields = []string{"protocol", "runner", "language", "library", "library_version", "mode",
	"measure", "status", "reason", "iterations", "warmup", "elapsed_ns", "cpu_ns", "runtime_rss_bytes",
	"peak_rss_bytes", "peak_rss_scope", "gc_count", "gc_pause_ms", "allocs_total", "alloc_bytes_total",
	"allocs_per_op", "alloc_bytes_per_op", "allocs_method", "retained_bytes", "retained_copies", "digest",
	"digest_last", "digest_ok", "consumed", "notes"}

// timeFields are figures of a time run, null in a count run; countFields the other way round.
var (
	timeFields  = []string{"elapsed_ns", "cpu_ns", "runtime_rss_bytes", "peak_rss_bytes", "peak_rss_scope", "gc_count", "gc_pause_ms"}
	countFields = []string{"allocs_total", "alloc_bytes_total", "allocs_per_op", "alloc_bytes_per_op", "allocs_method", "retained_bytes", "retained_copies"}
)

// runSpec is one measured run's arguments.
type runSpec struct {
	runner, fixture, mode, expect string
	iterations, warmup            int
}

func (r runSpec) args(extra ...string) []string {
	return append([]string{"--runner", r.runner, "--fixture", r.fixture, "--mode", r.mode,
		"--iterations", strconv.Itoa(r.iterations), "--warmup", strconv.Itoa(r.warmup),
		"--expect-digest", r.expect}, extra...)
}

// runArgs are the arguments of a short run (10 decodes after 2).
func runArgs(runner, fixture, mode, expect string, extra ...string) []string {
	return runSpec{runner, fixture, mode, expect, 10, 2}.args(extra...)
}

// runProtocol runs the command in process and decodes its stdout, which must be exactly one JSON value.
func runProtocol(t *testing.T, args []string, into any) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	if code := runGuarded(args, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d, stderr: %s", code, stderr.String())
	}
	decodeOne(t, stdout.Bytes(), into)
}

func decodeOne(t *testing.T, out []byte, into any) {
	t.Helper()
	dec := json.NewDecoder(bytes.NewReader(out))
	if err := dec.Decode(into); err != nil {
		t.Fatalf("stdout is not JSON: %v", err)
	}
	if rest := strings.TrimSpace(string(out[dec.InputOffset():])); rest != "" {
		t.Fatalf("more than one JSON value on stdout: %q", rest)
	}
}

func runReport(t *testing.T, args []string) map[string]any {
	t.Helper()
	var out map[string]any
	runProtocol(t, args, &out)
	for _, f := range protocolFields {
		if _, ok := out[f]; !ok {
			t.Errorf("field %q missing", f)
		}
	}
	if len(out) != len(protocolFields) {
		t.Errorf("%d fields, want %d: %v", len(out), len(protocolFields), out)
	}
	return out
}

// consumePerDecode is PROTOCOL.md's consume step for one decode of the fixture, worked out here
// from the document: typed len(items) + len(items[0].name); tree adds the root's member count.
func consumePerDecode(t *testing.T, mode string) float64 {
	var root map[string]json.RawMessage
	var model ApiResponse
	if json.Unmarshal(readFixture(t), &root) != nil || json.Unmarshal(readFixture(t), &model) != nil {
		t.Fatal("cannot decode the fixture")
	}
	typed := float64(len(model.Items) + len(model.Items[0].Name))
	if mode == "tree" {
		return typed + float64(len(root))
	}
	return typed
}

func assertOK(t *testing.T, out map[string]any, r runner, mode, measure string, iterations, warmup int) {
	t.Helper()
	want := expectedDigest(t)
	checks := map[string]any{"protocol": 2.0, "runner": r.name, "language": "go", "library": r.library,
		"mode": mode, "measure": measure, "status": "ok", "reason": nil, "iterations": float64(iterations),
		"warmup": float64(warmup), "digest": want, "digest_last": want, "digest_ok": true,
		"consumed": float64(iterations) * consumePerDecode(t, mode)}
	for k, v := range checks {
		if out[k] != v {
			t.Errorf("%s = %v, want %v", k, out[k], v)
		}
	}
	if v, ok := out["library_version"].(string); !ok || v == "" || v == "unknown" {
		t.Errorf("library_version = %v", out["library_version"])
	}
}

func positive(t *testing.T, out map[string]any, fields ...string) {
	t.Helper()
	for _, k := range fields {
		if v, ok := out[k].(float64); !ok || v <= 0 {
			t.Errorf("%s = %v, want a positive number", k, out[k])
		}
	}
}

func null(t *testing.T, out map[string]any, why string, fields ...string) {
	t.Helper()
	for _, k := range fields {
		if out[k] != nil {
			t.Errorf("%s = %v %s, want null", k, out[k], why)
		}
	}
}

func TestTimeRunEveryRunner(t *testing.T) {
	for _, r := range runners {
		for _, mode := range modes {
			t.Run(r.name+"/"+mode, func(t *testing.T) {
				out := runReport(t, runArgs(r.name, fixturePath, mode, expectedDigest(t)))
				assertOK(t, out, r, mode, "time", 10, 2)
				positive(t, out, "elapsed_ns", "cpu_ns", "runtime_rss_bytes", "peak_rss_bytes")
				if s := out["peak_rss_scope"]; s != "loop" && s != "process" {
					t.Errorf("peak_rss_scope = %v", s)
				}
				if _, ok := out["gc_count"].(float64); !ok {
					t.Errorf("gc_count = %v", out["gc_count"])
				}
				null(t, out, "in a time run", countFields...)
			})
		}
	}
}

// countWarmup is long enough for the runtime's type-assertion and type-switch caches to be
// complete before counting: the runtime extends them at random moments (about 1 in 1024 misses),
// an allocation that lands in the window as a fraction per decode. jsoniter and sonic assert
// interface types on every value; 1,000 warm-up decodes still left a fraction now and then.
const countWarmup = 5000

func TestCountRunEveryRunnerIsWhole(t *testing.T) {
	const n = 300
	for _, r := range runners {
		for _, mode := range modes {
			t.Run(r.name+"/"+mode, func(t *testing.T) {
				out := runReport(t, runSpec{r.name, fixturePath, mode, expectedDigest(t), n, countWarmup}.args(
					"--measure", "count", "--retain-copies", "8"))
				assertOK(t, out, r, mode, "count", n, countWarmup)
				positive(t, out, "allocs_total", "alloc_bytes_total", "retained_bytes")
				allocs, bytes := out["allocs_total"].(float64), out["alloc_bytes_total"].(float64)
				// Every decode of the same bytes allocates the same: a whole number per decode.
				if int64(allocs)%n != 0 {
					t.Errorf("%v allocations in %d decodes", allocs, n)
				}
				if out["allocs_per_op"] != allocs/n || out["alloc_bytes_per_op"] != bytes/n {
					t.Errorf("per op %v, %v; totals %v, %v", out["allocs_per_op"], out["alloc_bytes_per_op"], allocs, bytes)
				}
				if out["allocs_method"] != allocsMethod || out["retained_copies"] != 8.0 {
					t.Errorf("allocs_method %v, retained_copies %v", out["allocs_method"], out["retained_copies"])
				}
				// A result keeps at most what its decode allocated. (Ten times the document is no
				// bound in Go: sonic-default's tree keeps about 10x, mostly small maps.)
				if retained := out["retained_bytes"].(float64); retained > bytes/n {
					t.Errorf("retained %v B; a decode allocates %v B", retained, bytes/n)
				}
				null(t, out, "in a count run", timeFields...)
			})
		}
	}
}

// TestCountIsExactForEncodingJSON: with the collector stopped and one P, the standard library's
// counts are exact to the byte (the libraries' own caches may add a one-off allocation).
func TestCountIsExactForEncodingJSON(t *testing.T) {
	r, ok := findRunner("encoding-json")
	if !ok {
		t.Skip("no encoding-json runner in this build")
	}
	for _, mode := range modes {
		out := runReport(t, runSpec{r.name, fixturePath, mode, expectedDigest(t), 300, countWarmup}.args("--measure", "count"))
		if bytes := int64(out["alloc_bytes_total"].(float64)); bytes%300 != 0 {
			t.Errorf("%s: %d bytes in 300 decodes", mode, bytes)
		}
	}
}

func TestWrongDigest(t *testing.T) {
	for _, measure := range []string{"time", "count"} {
		out := runReport(t, runArgs(runners[0].name, fixturePath, "typed", "0000000000000000", "--measure", measure))
		if out["status"] != "wrong" || out["digest_ok"] != false || out["reason"] == nil {
			t.Errorf("%s: status %v, digest_ok %v, reason %v", measure, out["status"], out["digest_ok"], out["reason"])
		}
		if out["digest"] != expectedDigest(t) {
			t.Errorf("%s: digest = %v", measure, out["digest"])
		}
	}
}

func TestFailedRuns(t *testing.T) {
	bad := filepath.Join(t.TempDir(), "bad.json")
	if err := os.WriteFile(bad, []byte(`{"status": "ok", "items": [`), 0o644); err != nil {
		t.Fatal(err)
	}
	for name, fixture := range map[string]string{
		"decode error":       bad,
		"unreadable fixture": filepath.Join(t.TempDir(), "missing.json"),
	} {
		for _, measure := range []string{"time", "count"} {
			t.Run(name+"/"+measure, func(t *testing.T) {
				out := runReport(t, runArgs(runners[0].name, fixture, "tree", expectedDigest(t), "--measure", measure))
				assertFailed(t, out)
			})
		}
	}
}

// withRunner adds a runner to this build for the duration of a test.
func withRunner(t *testing.T, r runner) {
	runners = append(runners, r)
	t.Cleanup(func() { runners = runners[:len(runners)-1] })
}

// TestPrepareFailure covers sonic's fallback check through a runner whose preparation refuses.
func TestPrepareFailure(t *testing.T) {
	withRunner(t, runner{name: "fake", library: "fake", unmarshal: json.Unmarshal,
		prepare: func(reflect.Type) error { return errors.New("fell back") }})
	out := runReport(t, runArgs("fake", fixturePath, "typed", expectedDigest(t)))
	assertFailed(t, out)
	if out["reason"] != "fell back" {
		t.Errorf("reason = %v", out["reason"])
	}
	// --validate cannot give a verdict for a runner that cannot run as itself.
	var stdout, stderr bytes.Buffer
	if code := runGuarded([]string{"--validate", "--runner", "fake", "--fixture", fixturePath}, &stdout, &stderr); code != 1 || stdout.Len() != 0 {
		t.Errorf("validate: exit %d, stdout %q", code, stdout.String())
	}
}

// TestPanicIsACrash: a library panic exits 101 with the panic on stderr, not 2 (bad arguments),
// and prints no verdict.
func TestPanicIsACrash(t *testing.T) {
	withRunner(t, runner{name: "panics", library: "fake",
		unmarshal: func([]byte, any) error { panic("decoder bug") }})
	for _, args := range [][]string{
		runArgs("panics", fixturePath, "tree", expectedDigest(t)),
		{"--validate", "--runner", "panics", "--fixture", fixturePath},
	} {
		var stdout, stderr bytes.Buffer
		if code := runGuarded(args, &stdout, &stderr); code != exitPanic {
			t.Errorf("%v: exit %d, want %d", args, code, exitPanic)
		}
		if stdout.Len() != 0 || !strings.Contains(stderr.String(), "panic: decoder bug") {
			t.Errorf("stdout %q, stderr %q", stdout.String(), stderr.String())
		}
	}
}

func assertFailed(t *testing.T, out map[string]any) {
	t.Helper()
	if out["status"] != "failed" || out["digest_ok"] != false {
		t.Errorf("status %v, digest_ok %v", out["status"], out["digest_ok"])
	}
	if r, ok := out["reason"].(string); !ok || r == "" {
		t.Errorf("reason = %v", out["reason"])
	}
	null(t, out, "on a failed run", append(append([]string{"digest", "digest_last", "consumed"}, timeFields...), countFields...)...)
}

func TestBadArguments(t *testing.T) {
	good := runArgs(runners[0].name, fixturePath, "typed", "0228fb587cc8b600")
	with := func(flag, value string) []string {
		args := append([]string(nil), good...)
		for i := range args {
			if args[i] == flag {
				args[i+1] = value
			}
		}
		return args
	}
	cases := map[string][]string{
		"no arguments":              nil,
		"unknown runner":            with("--runner", "nope"),
		"unknown mode":              with("--mode", "lazy"),
		"no fixture":                with("--fixture", ""),
		"zero iterations":           with("--iterations", "0"),
		"iterations not int":        with("--iterations", "ten"),
		"negative warmup":           with("--warmup", "-1"),
		"short digest":              with("--expect-digest", "abc"),
		"non-hex digest":            with("--expect-digest", "0228fb587cc8b60g"),
		"unknown measure":           append(good, "--measure", "wall"),
		"retain-copies in time run": append(good, "--retain-copies", "2"),
		"zero retain-copies":        append(good, "--measure", "count", "--retain-copies", "0"),
		"unknown flag":              append(good, "--fast"),
		"extra argument":            append(good, "extra"),
		"list with a runner":        {"--list", "--runner", runners[0].name},
		"validate with a mode":      {"--validate", "--runner", runners[0].name, "--fixture", fixturePath, "--mode", "tree"},
		"validate without fixture":  {"--validate", "--runner", runners[0].name},
	}
	for name, args := range cases {
		var stdout, stderr bytes.Buffer
		if code := runGuarded(args, &stdout, &stderr); code != 2 {
			t.Errorf("%s: exit %d, want 2", name, code)
		}
		if stdout.Len() != 0 {
			t.Errorf("%s: wrote to stdout: %s", name, stdout.String())
		}
		if stderr.Len() == 0 {
			t.Errorf("%s: no message on stderr", name)
		}
	}
}

func validateDoc(t *testing.T, runnerName, document string) map[string]any {
	t.Helper()
	path := filepath.Join(t.TempDir(), "doc.json")
	if err := os.WriteFile(path, []byte(document), 0o644); err != nil {
		t.Fatal(err)
	}
	var out map[string]any
	runProtocol(t, []string{"--validate", "--runner", runnerName, "--fixture", path}, &out)
	if len(out) != 8 || out["protocol"] != 2.0 || out["runner"] != runnerName || out["language"] != "go" {
		t.Errorf("validation object %v", out)
	}
	return out
}

func TestValidate(t *testing.T) {
	for _, r := range runners {
		t.Run(r.name, func(t *testing.T) {
			ok := validateDoc(t, r.name, string(readFixture(t)))
			if ok["accepted"] != true || ok["error"] != nil || ok["digest"] != expectedDigest(t) || ok["library"] != r.library {
				t.Errorf("fixture: %v", ok)
			}
			bad := validateDoc(t, r.name, `[1, 2] x`)
			if msg, _ := bad["error"].(string); bad["accepted"] != false || msg == "" || bad["digest"] != nil {
				t.Errorf("trailing content: %v", bad)
			}
		})
	}
	var stdout, stderr bytes.Buffer
	missing := filepath.Join(t.TempDir(), "missing.json")
	if code := runGuarded([]string{"--validate", "--runner", runners[0].name, "--fixture", missing}, &stdout, &stderr); code != 1 || stdout.Len() != 0 {
		t.Errorf("unreadable file: exit %d, stdout %q; want 1 and no verdict", code, stdout.String())
	}
}

// TestEncodingJSONImplementation checks that each encoding/json runner runs the implementation its
// name claims. Behaviour cannot tell (under GOEXPERIMENT=jsonv2 the v1 API keeps v1 semantics, duplicate
// names and invalid UTF-8 included), the call stack can.
func TestEncodingJSONImplementation(t *testing.T) {
	for _, r := range runners {
		if r.library != "encoding/json" {
			continue
		}
		var p stackProbe
		if err := r.unmarshal([]byte(`{}`), &p); err != nil {
			t.Fatal(err)
		}
		if want := r.name == "encoding-json-v2"; p.viaV2 != want {
			t.Errorf("%s: decoded through encoding/json/v2 = %v, want %v", r.name, p.viaV2, want)
		}
	}
}

// stackProbe records, when decoded, whether encoding/json/v2 is on the call stack.
type stackProbe struct{ viaV2 bool }

func (p *stackProbe) UnmarshalJSON([]byte) error {
	pcs := make([]uintptr, 64)
	frames := runtime.CallersFrames(pcs[:runtime.Callers(1, pcs)])
	for f, more := frames.Next(); more; f, more = frames.Next() {
		p.viaV2 = p.viaV2 || strings.HasPrefix(f.Function, "encoding/json/v2.")
	}
	return nil
}

func TestConsume(t *testing.T) {
	tree := map[string]uint64{
		`{"items":[{"name":"é!"},1],"x":null}`: 2 + 2 + 3, // root members, items, UTF-8 bytes of the name
		`{"items":{"name":"abc"}}`:             1,         // items not an array
		`{"items":["abc"]}`:                    2,         // first item not an object
		`{"items":[{"name":5}]}`:               2,         // name not a string
		`[{"items":[1,2]}]`:                    1,         // root not an object: its size only
		`"abcd"`:                               4,
		`12.5`:                                 1,
		`true`:                                 1,
		`null`:                                 0,
		`{}`:                                   0,
	}
	for doc, want := range tree {
		var v any
		if err := json.Unmarshal([]byte(doc), &v); err != nil {
			t.Fatal(err)
		}
		if got := consumeTree(&v); got != want {
			t.Errorf("tree %s: %d, want %d", doc, got, want)
		}
	}
	typed := &ApiResponse{Items: []Item{{Name: `a"é`}, {Name: "zz"}}}
	if got := consumeTyped(typed); got != 2+4 {
		t.Errorf("typed: %d, want 6", got)
	}
	if got := consumeTyped(&ApiResponse{}); got != 0 {
		t.Errorf("typed without items: %d", got)
	}
}

func TestParseStatusBytes(t *testing.T) {
	status := []byte("Name:\tx\nVmHWM:\t    2048 kB\nVmRSS:\t 1 kB\n")
	if got, err := parseStatusBytes(status, "VmHWM"); got != 2048*1024 || err != nil {
		t.Errorf("VmHWM: %d, %v", got, err)
	}
	if got, err := parseStatusBytes(status, "VmRSS"); got != 1024 || err != nil {
		t.Errorf("VmRSS: %d, %v", got, err)
	}
	if _, err := parseStatusBytes([]byte("VmRSS: 1 pages\n"), "VmRSS"); err == nil {
		t.Error("accepted a unit other than kB")
	}
	if _, err := parseStatusBytes(status, "VmPeak"); err == nil {
		t.Error("found an absent field")
	}
}

func TestThreadCPUTimeAdvances(t *testing.T) {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	before, err := threadCPUNanos()
	if err != nil {
		t.Fatal(err)
	}
	spins := 0
	for now := before; now < before+1_000_000; now, err = threadCPUNanos() {
		if err != nil {
			t.Fatal(err)
		}
		spins++
	}
	if spins == 0 {
		t.Error("no work between the readings")
	}
}
