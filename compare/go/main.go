// Command jsonbench-go measures one run of one Go JSON library in one mode and prints one JSON
// object, as compare/PROTOCOL.md describes.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"regexp"
	"runtime"
	"runtime/debug"
	"strings"
)

const protocolVersion = 1

var modes = []string{"typed", "tree"}

// report is the protocol's output object; nil pointers print as null.
type report struct {
	Protocol        int      `json:"protocol"`
	Runner          string   `json:"runner"`
	Language        string   `json:"language"`
	Library         string   `json:"library"`
	LibraryVersion  string   `json:"library_version"`
	Mode            string   `json:"mode"`
	Status          string   `json:"status"`
	Reason          *string  `json:"reason"`
	Iterations      int      `json:"iterations"`
	Warmup          int      `json:"warmup"`
	ElapsedNs       *int64   `json:"elapsed_ns"`
	AllocBytesPerOp *float64 `json:"alloc_bytes_per_op"`
	AllocsPerOp     *float64 `json:"allocs_per_op"`
	AllocsMethod    *string  `json:"allocs_method"`
	PeakRSSBytes    *int64   `json:"peak_rss_bytes"`
	PeakRSSScope    *string  `json:"peak_rss_scope"`
	GCCount         *uint32  `json:"gc_count"`
	GCPauseMs       *float64 `json:"gc_pause_ms"`
	Digest          *string  `json:"digest"`
	DigestLast      *string  `json:"digest_last"`
	DigestOK        bool     `json:"digest_ok"`
	Consumed        *uint64  `json:"consumed"`
	Notes           []string `json:"notes"`
}

type listEntry struct {
	Runner         string   `json:"runner"`
	Library        string   `json:"library"`
	LibraryVersion string   `json:"library_version"`
	Modes          []string `json:"modes"`
}

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

var hexDigest = regexp.MustCompile(`^[0-9a-f]{16}$`)

// run implements the protocol and returns the exit code: 0 once a JSON value is printed, 2 for bad
// arguments.
func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("jsonbench-go", flag.ContinueOnError)
	fs.SetOutput(stderr)
	name := fs.String("runner", "", "contestant: "+strings.Join(runnerNames(), ", "))
	fixture := fs.String("fixture", "", "JSON document to decode")
	mode := fs.String("mode", "", "typed or tree")
	iterations := fs.Int("iterations", 0, "decodes in the timed loop (>= 1)")
	warmup := fs.Int("warmup", 0, "decodes before the timed loop (>= 0)")
	expect := fs.String("expect-digest", "", "expected digest of the document (16 hex digits)")
	list := fs.Bool("list", false, "print the runners as a JSON array and exit")
	if err := fs.Parse(args); err != nil {
		return 2 // flag has already printed the error and the usage
	}
	usageErr := func(format string, a ...any) int {
		fmt.Fprintf(stderr, "jsonbench-go: "+format+"\n", a...)
		return 2
	}
	if fs.NArg() > 0 {
		return usageErr("unexpected argument %q", fs.Arg(0))
	}
	if *list {
		return printJSON(stdout, stderr, listRunners())
	}

	r, ok := findRunner(*name)
	switch {
	case !ok:
		return usageErr("unknown --runner %q (have %s)", *name, strings.Join(runnerNames(), ", "))
	case *mode != "typed" && *mode != "tree":
		return usageErr("--mode must be typed or tree, not %q", *mode)
	case *fixture == "":
		return usageErr("--fixture is required")
	case *iterations < 1:
		return usageErr("--iterations must be at least 1")
	case *warmup < 0:
		return usageErr("--warmup must not be negative")
	case !hexDigest.MatchString(strings.ToLower(*expect)):
		return usageErr("--expect-digest must be 16 hex digits, not %q", *expect)
	}

	rep := report{
		Protocol: protocolVersion, Runner: r.name, Language: "go", Library: r.library,
		LibraryVersion: r.version(), Mode: *mode, Iterations: *iterations, Warmup: *warmup,
		Notes: append(runtimeNotes(), r.notes...),
	}
	data, err := os.ReadFile(*fixture)
	if err != nil {
		err = fmt.Errorf("cannot read fixture: %w", err)
	} else {
		var f figures
		f, err = measure(r, *mode, data, *iterations, *warmup)
		if err == nil {
			rep.fill(f, strings.ToLower(*expect))
		}
	}
	if err != nil {
		fmt.Fprintf(stderr, "jsonbench-go: %s: %v\n", r.name, err)
		rep.Status = "failed"
		rep.Reason = ptr(err.Error())
	}
	return printJSON(stdout, stderr, rep)
}

func (rep *report) fill(f figures, expect string) {
	rep.ElapsedNs = ptr(f.elapsedNs)
	rep.AllocBytesPerOp = ptr(f.allocBytesPerOp)
	rep.AllocsPerOp = ptr(f.allocsPerOp)
	rep.AllocsMethod = ptr("runtime.ReadMemStats (Mallocs, TotalAlloc)")
	rep.PeakRSSBytes = f.peakRSSBytes
	if f.peakRSSScope != "" {
		rep.PeakRSSScope = ptr(f.peakRSSScope)
	}
	rep.GCCount = ptr(f.gcCount)
	rep.GCPauseMs = ptr(f.gcPauseMs)
	rep.Digest = ptr(f.digest)
	rep.DigestLast = ptr(f.digestLast)
	rep.Consumed = ptr(f.consumed)
	rep.DigestOK = f.digest == expect && f.digestLast == expect
	if rep.DigestOK {
		rep.Status = "ok"
	} else {
		rep.Status = "wrong"
		rep.Reason = ptr(fmt.Sprintf("digest %s (last %s), expected %s", f.digest, f.digestLast, expect))
	}
}

// runtimeNotes names the settings that change Go figures.
func runtimeNotes() []string {
	gogc := os.Getenv("GOGC")
	if gogc == "" {
		gogc = "100"
	}
	notes := []string{"GOGC=" + gogc, fmt.Sprintf("GOMAXPROCS=%d", runtime.GOMAXPROCS(0))}
	if limit := os.Getenv("GOMEMLIMIT"); limit != "" {
		notes = append(notes, "GOMEMLIMIT="+limit)
	}
	if info, ok := debug.ReadBuildInfo(); ok {
		for _, s := range info.Settings {
			if strings.HasPrefix(s.Key, "GOAMD64") || s.Key == "GOARM64" || s.Key == "GOEXPERIMENT" {
				notes = append(notes, s.Key+"="+s.Value)
			}
		}
	}
	return notes
}

func listRunners() []listEntry {
	out := make([]listEntry, 0, len(runners))
	for _, r := range runners {
		out = append(out, listEntry{r.name, r.library, r.version(), modes})
	}
	return out
}

func findRunner(name string) (runner, bool) {
	for _, r := range runners {
		if r.name == name {
			return r, true
		}
	}
	return runner{}, false
}

func runnerNames() []string {
	names := make([]string, len(runners))
	for i, r := range runners {
		names[i] = r.name
	}
	return names
}

func printJSON(stdout, stderr io.Writer, v any) int {
	out, err := json.Marshal(v)
	if err == nil {
		_, err = stdout.Write(append(out, '\n'))
	}
	if err != nil {
		fmt.Fprintf(stderr, "jsonbench-go: cannot write output: %v\n", err)
		return 1
	}
	return 0
}

func ptr[T any](v T) *T { return &v }
