// Command jsonbench-go measures one run of one Go JSON library in one mode and prints one JSON
// object, as compare/PROTOCOL.md describes.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"reflect"
	"regexp"
	"runtime"
	"runtime/debug"
	"slices"
	"strings"
)

const protocolVersion = 2

const allocsMethod = "runtime.ReadMemStats Mallocs/TotalAlloc, GC stopped in the window"

var modes = []string{"typed", "tree"}

// report is the protocol's output object; nil pointers print as null.
type report struct {
	Protocol        int      `json:"protocol"`
	Runner          string   `json:"runner"`
	Language        string   `json:"language"`
	Library         string   `json:"library"`
	LibraryVersion  string   `json:"library_version"`
	Mode            string   `json:"mode"`
	Measure         string   `json:"measure"`
	Status          string   `json:"status"`
	Reason          *string  `json:"reason"`
	Iterations      int      `json:"iterations"`
	Warmup          int      `json:"warmup"`
	ElapsedNs       *int64   `json:"elapsed_ns"`
	CPUNs           *int64   `json:"cpu_ns"`
	RuntimeRSSBytes *int64   `json:"runtime_rss_bytes"`
	PeakRSSBytes    *int64   `json:"peak_rss_bytes"`
	PeakRSSScope    *string  `json:"peak_rss_scope"`
	GCCount         *uint32  `json:"gc_count"`
	GCPauseMs       *float64 `json:"gc_pause_ms"`
	AllocsTotal     *uint64  `json:"allocs_total"`
	AllocBytesTotal *uint64  `json:"alloc_bytes_total"`
	AllocsPerOp     *float64 `json:"allocs_per_op"`
	AllocBytesPerOp *float64 `json:"alloc_bytes_per_op"`
	AllocsMethod    *string  `json:"allocs_method"`
	RetainedBytes   *int64   `json:"retained_bytes"`
	RetainedCopies  *int     `json:"retained_copies"`
	Digest          *string  `json:"digest"`
	DigestLast      *string  `json:"digest_last"`
	DigestOK        bool     `json:"digest_ok"`
	Consumed        *uint64  `json:"consumed"`
	Notes           []string `json:"notes"`
}

type listEntry struct {
	Runner         string            `json:"runner"`
	Library        string            `json:"library"`
	LibraryVersion string            `json:"library_version"`
	Modes          []string          `json:"modes"`
	Configuration  string            `json:"configuration"`
	DefaultRun     bool              `json:"default_run"`
	Build          map[string]string `json:"build"`
}

type validation struct {
	Protocol       int     `json:"protocol"`
	Runner         string  `json:"runner"`
	Language       string  `json:"language"`
	Library        string  `json:"library"`
	LibraryVersion string  `json:"library_version"`
	Accepted       bool    `json:"accepted"`
	Error          *string `json:"error"`
	Digest         *string `json:"digest"`
}

// exitPanic is the exit code of a panic, as a Rust runner's: Go's own (2) would read as bad
// arguments.
const exitPanic = 101

func main() {
	os.Exit(runGuarded(os.Args[1:], os.Stdout, os.Stderr))
}

// runGuarded is run, with a panic reported (value and stack on stderr) as exit code exitPanic.
// Nothing is printed on stdout then: a panic is a crash, never a verdict.
func runGuarded(args []string, stdout, stderr io.Writer) (code int) {
	defer func() {
		if p := recover(); p != nil {
			fmt.Fprintf(stderr, "panic: %v\n\n%s", p, debug.Stack())
			code = exitPanic
		}
	}()
	return run(args, stdout, stderr)
}

var hexDigest = regexp.MustCompile(`^[0-9a-f]{16}$`)

// run implements the protocol and returns the exit code: 0 once a JSON value is printed, 1 when
// --validate cannot read or run, 2 for bad arguments.
func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("jsonbench-go", flag.ContinueOnError)
	fs.SetOutput(stderr)
	name := fs.String("runner", "", "contestant: "+strings.Join(runnerNames(), ", "))
	fixture := fs.String("fixture", "", "JSON document to decode")
	mode := fs.String("mode", "", "typed or tree")
	iterations := fs.Int("iterations", 0, "decodes in the measured loop (>= 1)")
	warmup := fs.Int("warmup", 0, "decodes before the measured loop (>= 0)")
	expect := fs.String("expect-digest", "", "expected digest of the document (16 hex digits)")
	measureKind := fs.String("measure", "time", "time (timed loop) or count (allocations, nothing timed)")
	retainCopies := fs.Int("retain-copies", 1, "count runs: results held at once to measure retained bytes")
	list := fs.Bool("list", false, "print the runners as a JSON array and exit")
	validate := fs.Bool("validate", false, "decode --fixture once in tree mode and print the verdict")
	if err := fs.Parse(args); err != nil {
		return 2 // flag has already printed the error and the usage
	}
	given := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { given[f.Name] = true })
	usageErr := func(format string, a ...any) int {
		fmt.Fprintf(stderr, "jsonbench-go: "+format+"\n", a...)
		return 2
	}
	onlyGiven := func(command string, allowed ...string) int {
		for flagName := range given {
			if flagName != command && !slices.Contains(allowed, flagName) {
				return usageErr("--%s does not take --%s", command, flagName)
			}
		}
		return 0
	}
	if fs.NArg() > 0 {
		return usageErr("unexpected argument %q", fs.Arg(0))
	}
	if *list {
		if code := onlyGiven("list"); code != 0 {
			return code
		}
		return printJSON(stdout, stderr, listRunners())
	}

	r, ok := findRunner(*name)
	switch {
	case !ok:
		return usageErr("unknown --runner %q (this build has %s)", *name, strings.Join(runnerNames(), ", "))
	case *fixture == "":
		return usageErr("--fixture is required")
	}
	if *validate {
		if code := onlyGiven("validate", "runner", "fixture"); code != 0 {
			return code
		}
		return runValidate(r, *fixture, stdout, stderr)
	}
	switch {
	case *mode != "typed" && *mode != "tree":
		return usageErr("--mode must be typed or tree, not %q", *mode)
	case *iterations < 1:
		return usageErr("--iterations must be at least 1")
	case *warmup < 0:
		return usageErr("--warmup must not be negative")
	case !hexDigest.MatchString(strings.ToLower(*expect)):
		return usageErr("--expect-digest must be 16 hex digits, not %q", *expect)
	case *measureKind != "time" && *measureKind != "count":
		return usageErr("--measure must be time or count, not %q", *measureKind)
	case given["retain-copies"] && *measureKind != "count":
		return usageErr("--retain-copies applies to --measure count only")
	case *retainCopies < 1:
		return usageErr("--retain-copies must be at least 1")
	}

	s := settings{measure: *measureKind, iterations: *iterations, warmup: *warmup, retainCopies: *retainCopies}
	rep := report{
		Protocol: protocolVersion, Runner: r.name, Language: "go", Library: r.library,
		LibraryVersion: r.version(), Mode: *mode, Measure: s.measure, Iterations: s.iterations,
		Warmup: s.warmup, Notes: append(append(runtimeNotes(), "configuration: "+r.configuration), r.notes...),
	}
	data, err := os.ReadFile(*fixture)
	if err != nil {
		err = fmt.Errorf("cannot read fixture: %w", err)
	} else {
		var f figures
		f, err = measure(r, *mode, data, s)
		if err == nil {
			rep.fill(f, s, strings.ToLower(*expect))
		}
	}
	if err != nil {
		fmt.Fprintf(stderr, "jsonbench-go: %s: %v\n", r.name, err)
		rep.Status = "failed"
		rep.Reason = ptr(err.Error())
	}
	return printJSON(stdout, stderr, rep)
}

func (rep *report) fill(f figures, s settings, expect string) {
	rep.ElapsedNs, rep.CPUNs = f.elapsedNs, f.cpuNs
	rep.RuntimeRSSBytes, rep.PeakRSSBytes, rep.PeakRSSScope = f.runtimeRSSBytes, f.peakRSSBytes, f.peakRSSScope
	rep.GCCount, rep.GCPauseMs = f.gcCount, f.gcPauseMs
	if s.measure == "count" {
		n := float64(s.iterations)
		rep.AllocsTotal, rep.AllocBytesTotal = f.allocsTotal, f.allocBytesTotal
		rep.AllocsPerOp = ptr(float64(*f.allocsTotal) / n)
		rep.AllocBytesPerOp = ptr(float64(*f.allocBytesTotal) / n)
		rep.AllocsMethod = ptr(allocsMethod)
		rep.RetainedBytes, rep.RetainedCopies = f.retainedBytes, ptr(s.retainCopies)
	}
	rep.Digest = ptr(f.digest)
	rep.DigestLast = ptr(f.digestLast)
	rep.Consumed = ptr(f.consumed)
	rep.Notes = append(rep.Notes, f.notes...)
	rep.DigestOK = f.digest == expect && f.digestLast == expect
	if rep.DigestOK {
		rep.Status = "ok"
	} else {
		rep.Status = "wrong"
		rep.Reason = ptr(fmt.Sprintf("digest %s (last %s), expected %s", f.digest, f.digestLast, expect))
	}
}

// runValidate decodes the file once into any with the runner's library and prints the verdict.
// A file that cannot be read, or a runner that cannot run as itself, is no verdict: exit 1.
func runValidate(r runner, fixture string, stdout, stderr io.Writer) int {
	data, err := os.ReadFile(fixture)
	if err == nil && r.prepare != nil {
		err = r.prepare(reflect.TypeFor[any]())
	}
	if err != nil {
		fmt.Fprintf(stderr, "jsonbench-go: %s: %v\n", r.name, err)
		return 1
	}
	out := validation{Protocol: protocolVersion, Runner: r.name, Language: "go", Library: r.library,
		LibraryVersion: r.version()}
	var tree any
	if err := r.unmarshal(data, &tree); err != nil {
		out.Error = ptr(err.Error())
	} else {
		digest, err := digestTree(tree)
		if err != nil {
			fmt.Fprintf(stderr, "jsonbench-go: %s: %v\n", r.name, err)
			return 1
		}
		out.Accepted, out.Digest = true, &digest
	}
	return printJSON(stdout, stderr, out)
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

// buildSettings describes how this binary was built: the toolchain and every build setting the
// Go command recorded (GOAMD64, GOEXPERIMENT, CGO_ENABLED, -gcflags, -trimpath, ...; absent
// ones are not recorded). Version-control stamps say which sources, not how: left out.
func buildSettings() map[string]string {
	build := map[string]string{"go_version": runtime.Version()}
	if info, ok := debug.ReadBuildInfo(); ok {
		build["go_version"] = info.GoVersion
		for _, s := range info.Settings {
			if !strings.HasPrefix(s.Key, "vcs") {
				build[s.Key] = s.Value
			}
		}
	}
	return build
}

func listRunners() []listEntry {
	build := buildSettings()
	out := make([]listEntry, 0, len(runners))
	for _, r := range runners {
		out = append(out, listEntry{r.name, r.library, r.version(), modes, r.configuration, r.defaultRun, build})
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
