package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"math"
	"os"
	"reflect"
	"runtime"
	"runtime/debug"
	"strconv"
	"time"
)

// runner is one contestant: a library (and configuration) with a one-shot Unmarshal.
type runner struct {
	name    string
	library string
	module  string // module whose version is reported; "" means the Go toolchain's standard library
	// configuration is one line saying how the library is used (compare/runners.json repeats it).
	configuration string
	// defaultRun is false for a variant of a library that another runner measures by default.
	defaultRun bool
	// unmarshal decodes data into the value v points to.
	unmarshal func(data []byte, v any) error
	// prepare, if set, runs before the warm-up for the decode target type; an error means the run
	// cannot be measured.
	prepare func(target reflect.Type) error
	notes   []string
}

func (r runner) version() string {
	if r.module == "" {
		return runtime.Version()
	}
	if info, ok := debug.ReadBuildInfo(); ok {
		for _, dep := range info.Deps {
			if dep.Path == r.module {
				if dep.Replace != nil {
					return dep.Replace.Version
				}
				return dep.Version
			}
		}
	}
	return "unknown"
}

// settings are the arguments of one measured run.
type settings struct {
	measure      string // "time" or "count"
	iterations   int
	warmup       int
	retainCopies int
}

// figures are what one measured run yields; the pointers of the other kind of run stay nil.
type figures struct {
	// time run
	elapsedNs       *int64
	cpuNs           *int64
	runtimeRSSBytes *int64
	peakRSSBytes    *int64
	peakRSSScope    *string
	gcCount         *uint32
	gcPauseMs       *float64
	// count run
	allocsTotal     *uint64
	allocBytesTotal *uint64
	retainedBytes   *int64
	// both
	digest     string
	digestLast string
	consumed   uint64
	notes      []string
}

// decodeKind is what the protocol does with a decoded value of type T.
type decodeKind[T any] struct {
	consume func(*T) uint64
	digest  func(*T) (string, error)
}

var (
	typedKind = decodeKind[ApiResponse]{consumeTyped, digestTyped}
	treeKind  = decodeKind[any]{consumeTree, func(v *any) (string, error) { return digestTree(*v) }}
)

// measure runs one time or count run of a runner in a mode.
func measure(r runner, mode string, data []byte, s settings) (figures, error) {
	switch mode {
	case "typed":
		return measureAs(r, data, s, typedKind)
	case "tree":
		return measureAs(r, data, s, treeKind)
	}
	return figures{}, fmt.Errorf("unknown mode %q", mode)
}

func measureAs[T any](r runner, data []byte, s settings, kind decodeKind[T]) (figures, error) {
	// One OS thread for the whole run, so the thread CPU clock reads this goroutine's work.
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	if r.prepare != nil {
		if err := r.prepare(reflect.TypeFor[T]()); err != nil {
			return figures{}, err
		}
	}
	if s.measure == "count" {
		return countRun(r.unmarshal, data, s, kind)
	}
	return timeRun(r.unmarshal, data, s, kind)
}

// timeRun: warm-up, then N decodes between two readings of the monotonic and the thread CPU
// clock, with the collector running as usual. Nothing else happens between the readings.
func timeRun[T any](unmarshal func([]byte, any) error, data []byte, s settings,
	kind decodeKind[T]) (figures, error) {
	var f figures
	if rss, err := readStatusBytes("VmRSS"); err == nil {
		f.runtimeRSSBytes = &rss
	}
	// The first result is the process's very first decode (warm-up included), so the digest also
	// checks the cold path (e.g. sonic's freshly compiled decoder).
	first, _, _, err := decodeLoop(unmarshal, data, s.warmup, kind.consume)
	if err != nil {
		return f, fmt.Errorf("warm-up: %w", err)
	}

	runtime.GC() // warm-up garbage must not be collected at the loop's expense
	scope := "loop"
	if err := resetPeakRSS(); err != nil {
		fmt.Fprintf(os.Stderr, "cannot reset VmHWM (%v): reporting the whole process's peak\n", err)
		scope = "process"
	}
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	cpuBefore, cpuErr := threadCPUNanos()
	start := time.Now()
	loopFirst, last, consumed, err := decodeLoop(unmarshal, data, s.iterations, kind.consume)
	elapsed := time.Since(start)
	cpuAfter, cpuErrAfter := threadCPUNanos()
	if err != nil {
		return f, err
	}
	if hwm, err := readStatusBytes("VmHWM"); err != nil {
		fmt.Fprintf(os.Stderr, "cannot read VmHWM: %v\n", err)
	} else {
		f.peakRSSBytes, f.peakRSSScope = &hwm, &scope
	}
	runtime.ReadMemStats(&after)

	f.elapsedNs = ptr(elapsed.Nanoseconds())
	if cpuErr == nil && cpuErrAfter == nil {
		f.cpuNs = ptr(cpuAfter - cpuBefore)
	}
	f.gcCount = ptr(after.NumGC - before.NumGC)
	f.gcPauseMs = ptr(float64(after.PauseTotalNs-before.PauseTotalNs) / 1e6)
	if first == nil {
		first = loopFirst
	}
	return f, setDigests(&f, first, last, consumed, kind)
}

// countRun: warm-up, then N decodes between two readings of the runtime's allocation counters
// with the collector stopped (its own allocations would land in the window), then the bytes one
// result keeps alive. Nothing is timed.
func countRun[T any](unmarshal func([]byte, any) error, data []byte, s settings,
	kind decodeKind[T]) (figures, error) {
	var f figures
	first, _, _, err := decodeLoop(unmarshal, data, s.warmup, kind.consume)
	if err != nil {
		return f, fmt.Errorf("warm-up: %w", err)
	}

	runtime.GC()
	gcPercent := debug.SetGCPercent(-1)
	// One P: a sync.Pool is per P, and a decode that moves to another P finds that P's pool
	// empty or grows its queue, allocating a few times more than in the steady state.
	procs := runtime.GOMAXPROCS(1)
	// The collection emptied every sync.Pool: one more decode refills them, so that the window
	// does not count the pools' one-off re-allocation.
	_, _, _, err = decodeLoop(unmarshal, data, 1, kind.consume)
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	loopFirst, last, consumed, loopErr := decodeLoop(unmarshal, data, s.iterations, kind.consume)
	runtime.ReadMemStats(&after)
	runtime.GOMAXPROCS(procs)
	debug.SetGCPercent(gcPercent)
	if err = errors.Join(err, loopErr); err != nil {
		return f, err
	}
	f.notes = append(f.notes, fmt.Sprintf("counting window: collector off (GOGC restored to %d after), "+
		"GOMAXPROCS 1 (restored to %d), one decode after the collection refills sync.Pools", gcPercent, procs))
	f.allocsTotal = ptr(after.Mallocs - before.Mallocs)
	f.allocBytesTotal = ptr(after.TotalAlloc - before.TotalAlloc)
	if gcs := after.NumGC - before.NumGC; gcs > 0 {
		// Only a memory limit (GOMEMLIMIT) starts the collector while GOGC is off.
		f.notes = append(f.notes, fmt.Sprintf("the collector ran %d times in the counting window "+
			"(memory limit reached): its allocations may be in the count", gcs))
	}

	retained, err := retainedBytes[T](unmarshal, data, s.retainCopies)
	if err != nil {
		return f, fmt.Errorf("retained bytes: %w", err)
	}
	f.retainedBytes = &retained
	if first == nil {
		first = loopFirst
	}
	return f, setDigests(&f, first, last, consumed, kind)
}

// retainedBytes is the heap one decoded T keeps alive: the live heap grows by this much per
// result held, measured with k results held at once and divided by k.
func retainedBytes[T any](unmarshal func([]byte, any) error, data []byte, k int) (int64, error) {
	held := make([]*T, k) // allocated before the first reading, so not counted
	var before, after runtime.MemStats
	// Twice: the first cycle may leave objects finalised or swept late.
	runtime.GC()
	runtime.GC()
	runtime.ReadMemStats(&before)
	for i := range held {
		held[i] = new(T)
		if err := unmarshal(data, held[i]); err != nil {
			return 0, err
		}
	}
	runtime.GC()
	runtime.GC()
	runtime.ReadMemStats(&after)
	runtime.KeepAlive(held)
	diff := float64(int64(after.HeapAlloc) - int64(before.HeapAlloc))
	return int64(math.Round(diff / float64(k))), nil
}

// setDigests digests the first and the last result and records what the loop consumed.
func setDigests[T any](f *figures, first, last *T, consumed uint64, kind decodeKind[T]) error {
	var err error
	if f.digest, err = kind.digest(first); err != nil {
		return err
	}
	f.digestLast, err = kind.digest(last)
	f.consumed = consumed
	return err
}

// decodeLoop decodes data n times, each time into a fresh T as a user would, and consumes every
// result. It keeps only the first and the last result.
func decodeLoop[T any](unmarshal func([]byte, any) error, data []byte, n int,
	consume func(*T) uint64) (first, last *T, acc uint64, err error) {
	for i := 0; i < n; i++ {
		v := new(T)
		if err := unmarshal(data, v); err != nil {
			return nil, nil, 0, fmt.Errorf("decode %d: %w", i+1, err)
		}
		acc += consume(v)
		if first == nil {
			first = v
		}
		last = v
	}
	return first, last, acc, nil
}

// resetPeakRSS makes VmHWM restart from the current RSS, so the peak read after the loop is the loop's.
func resetPeakRSS() error {
	f, err := os.OpenFile("/proc/self/clear_refs", os.O_WRONLY, 0)
	if err != nil {
		return err
	}
	_, err = f.Write([]byte("5"))
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

// readStatusBytes returns a "kB" field of /proc/self/status (VmRSS, VmHWM) in bytes.
func readStatusBytes(field string) (int64, error) {
	status, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0, err
	}
	return parseStatusBytes(status, field)
}

func parseStatusBytes(status []byte, field string) (int64, error) {
	sc := bufio.NewScanner(bytes.NewReader(status))
	for sc.Scan() {
		if rest, ok := bytes.CutPrefix(sc.Bytes(), []byte(field+":")); ok {
			kb, ok := bytes.CutSuffix(bytes.TrimSpace(rest), []byte(" kB"))
			if !ok {
				return 0, fmt.Errorf("unexpected %s line %q", field, sc.Text())
			}
			n, err := strconv.ParseInt(string(bytes.TrimSpace(kb)), 10, 64)
			return n * 1024, err
		}
	}
	return 0, errors.New("no " + field + " in /proc/self/status")
}
