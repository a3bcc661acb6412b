package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"strings"
	"testing"
)

// protocolFields are every key of PROTOCOL.md's output object.
var protocolFields = []string{"protocol", "runner", "language", "library", "library_version", "mode",
	"status", "reason", "iterations", "warmup", "elapsed_ns", "alloc_bytes_per_op", "allocs_per_op",
	"allocs_method", "peak_rss_bytes", "peak_rss_scope", "gc_count", "gc_pause_ms", "digest",
	"digest_last", "digest_ok", "consumed", "notes"}

// figureFields are null exactly when a run failed.
var figureFields = []string{"elapsed_ns", "alloc_bytes_per_op", "allocs_per_op", "allocs_method",
	"gc_count", "gc_pause_ms", "digest", "digest_last", "consumed"}

func runArgs(runner, fixture, mode, expect string) []string {
	return []string{"--runner", runner, "--fixture", fixture, "--mode", mode,
		"--iterations", "10", "--warmup", "2", "--expect-digest", expect}
}

// runProtocol runs the command in process and decodes its stdout, which must be exactly one JSON value.
func runProtocol(t *testing.T, args []string, into any) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	if code := run(args, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d, stderr: %s", code, stderr.String())
	}
	out := stdout.Bytes()
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

func TestProtocolRunEveryRunner(t *testing.T) {
	want := expectedDigest(t)
	var model ApiResponse
	if err := json.Unmarshal(readFixture(t), &model); err != nil {
		t.Fatal(err)
	}
	consumed := float64(10 * (len(model.Items) + len(model.Items[0].Name)))
	for _, r := range runners {
		for _, mode := range modes {
			t.Run(r.name+"/"+mode, func(t *testing.T) {
				out := runReport(t, runArgs(r.name, fixturePath, mode, want))
				checks := map[string]any{"protocol": 1.0, "runner": r.name, "language": "go",
					"library": r.library, "mode": mode, "status": "ok", "reason": nil,
					"iterations": 10.0, "warmup": 2.0, "digest": want, "digest_last": want,
					"digest_ok": true, "consumed": consumed,
					"allocs_method": "runtime.ReadMemStats (Mallocs, TotalAlloc)"}
				for k, v := range checks {
					if out[k] != v {
						t.Errorf("%s = %v, want %v", k, out[k], v)
					}
				}
				for _, k := range []string{"elapsed_ns", "alloc_bytes_per_op", "allocs_per_op", "peak_rss_bytes"} {
					if v, ok := out[k].(float64); !ok || v <= 0 {
						t.Errorf("%s = %v, want a positive number", k, out[k])
					}
				}
				if s := out["peak_rss_scope"]; s != "loop" && s != "process" {
					t.Errorf("peak_rss_scope = %v", s)
				}
				if v, ok := out["library_version"].(string); !ok || v == "" || v == "unknown" {
					t.Errorf("library_version = %v", out["library_version"])
				}
			})
		}
	}
}

func TestWrongDigest(t *testing.T) {
	out := runReport(t, runArgs(runners[0].name, fixturePath, "typed", "0000000000000000"))
	if out["status"] != "wrong" || out["digest_ok"] != false || out["reason"] == nil {
		t.Errorf("status %v, digest_ok %v, reason %v", out["status"], out["digest_ok"], out["reason"])
	}
	if out["digest"] != expectedDigest(t) {
		t.Errorf("digest = %v", out["digest"])
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
		t.Run(name, func(t *testing.T) {
			out := runReport(t, runArgs(runners[0].name, fixture, "tree", expectedDigest(t)))
			assertFailed(t, out)
		})
	}
}

// TestPrepareFailure covers sonic's fallback check through a runner whose preparation refuses.
func TestPrepareFailure(t *testing.T) {
	fallback := runner{name: "fake", library: "fake", unmarshal: json.Unmarshal,
		prepare: func(reflect.Type) error { return errors.New("fell back") }}
	runners = append(runners, fallback)
	defer func() { runners = runners[:len(runners)-1] }()
	out := runReport(t, runArgs("fake", fixturePath, "typed", expectedDigest(t)))
	assertFailed(t, out)
	if out["reason"] != "fell back" {
		t.Errorf("reason = %v", out["reason"])
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
	for _, k := range figureFields {
		if out[k] != nil {
			t.Errorf("%s = %v on a failed run, want null", k, out[k])
		}
	}
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
		"no arguments":       nil,
		"unknown runner":     with("--runner", "nope"),
		"unknown mode":       with("--mode", "lazy"),
		"no fixture":         with("--fixture", ""),
		"zero iterations":    with("--iterations", "0"),
		"iterations not int": with("--iterations", "ten"),
		"negative warmup":    with("--warmup", "-1"),
		"short digest":       with("--expect-digest", "abc"),
		"non-hex digest":     with("--expect-digest", "0228fb587cc8b60g"),
		"unknown flag":       append(good, "--fast"),
		"extra argument":     append(good, "extra"),
	}
	for name, args := range cases {
		var stdout, stderr bytes.Buffer
		if code := run(args, &stdout, &stderr); code != 2 {
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

func TestList(t *testing.T) {
	var list []map[string]any
	runProtocol(t, []string{"--list"}, &list)
	if len(list) != len(runners) {
		t.Fatalf("%d entries, want %d", len(list), len(runners))
	}
	for i, e := range list {
		if e["runner"] != runners[i].name || e["library"] != runners[i].library ||
			e["library_version"] == "" || !reflect.DeepEqual(e["modes"], []any{"typed", "tree"}) {
			t.Errorf("entry %d = %v", i, e)
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
