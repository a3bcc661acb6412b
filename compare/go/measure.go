package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
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

// figures are what one measured run yields.
type figures struct {
	elapsedNs       int64
	allocsPerOp     float64
	allocBytesPerOp float64
	gcCount         uint32
	gcPauseMs       float64
	peakRSSBytes    *int64 // nil when VmHWM could not be read
	peakRSSScope    string
	digest          string
	digestLast      string
	consumed        uint64
}

// measure runs the protocol's warm-up and timed loop for one runner in one mode.
func measure(r runner, mode string, data []byte, iterations, warmup int) (figures, error) {
	switch mode {
	case "typed":
		return measureAs(r, data, iterations, warmup, consumeTyped, digestTyped)
	case "tree":
		return measureAs(r, data, iterations, warmup, consumeTree,
			func(v *any) (string, error) { return digestTree(*v) })
	}
	return figures{}, fmt.Errorf("unknown mode %q", mode)
}

// consumeTyped and consumeTree read a little of each result so that no decode is dead code.
func consumeTyped(v *ApiResponse) uint64 {
	n := uint64(len(v.Items))
	if len(v.Items) > 0 {
		n += uint64(len(v.Items[0].Name))
	}
	return n
}

func consumeTree(v *any) uint64 {
	obj, _ := (*v).(map[string]any)
	items, _ := obj["items"].([]any)
	n := uint64(len(items))
	if len(items) > 0 {
		first, _ := items[0].(map[string]any)
		name, _ := first["name"].(string)
		n += uint64(len(name))
	}
	return n
}

func measureAs[T any](r runner, data []byte, iterations, warmup int,
	consume func(*T) uint64, digest func(*T) (string, error)) (figures, error) {
	var f figures
	if r.prepare != nil {
		if err := r.prepare(reflect.TypeFor[T]()); err != nil {
			return f, err
		}
	}

	// The first result is the process's very first decode (warm-up included), so the digest also
	// checks the cold path (e.g. sonic's freshly compiled decoder).
	first, _, _, err := decodeLoop(r.unmarshal, data, warmup, consume)
	if err != nil {
		return f, fmt.Errorf("warm-up: %w", err)
	}

	runtime.GC() // warm-up garbage must not be collected at the loop's expense
	f.peakRSSScope = "loop"
	if err := resetPeakRSS(); err != nil {
		fmt.Fprintf(os.Stderr, "cannot reset VmHWM (%v): reporting the whole process's peak\n", err)
		f.peakRSSScope = "process"
	}
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	start := time.Now()
	loopFirst, last, consumed, err := decodeLoop(r.unmarshal, data, iterations, consume)
	elapsed := time.Since(start)
	runtime.ReadMemStats(&after)
	if err != nil {
		return f, err
	}
	if first == nil {
		first = loopFirst
	}

	if hwm, err := readPeakRSS(); err != nil {
		fmt.Fprintf(os.Stderr, "cannot read VmHWM: %v\n", err)
		f.peakRSSScope = ""
	} else {
		f.peakRSSBytes = &hwm
	}
	n := float64(iterations)
	f.elapsedNs = elapsed.Nanoseconds()
	f.allocsPerOp = float64(after.Mallocs-before.Mallocs) / n
	f.allocBytesPerOp = float64(after.TotalAlloc-before.TotalAlloc) / n
	f.gcCount = after.NumGC - before.NumGC
	f.gcPauseMs = float64(after.PauseTotalNs-before.PauseTotalNs) / 1e6
	f.consumed = consumed
	if f.digest, err = digest(first); err != nil {
		return f, err
	}
	if f.digestLast, err = digest(last); err != nil {
		return f, err
	}
	return f, nil
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

// readPeakRSS returns VmHWM from /proc/self/status in bytes.
func readPeakRSS() (int64, error) {
	status, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0, err
	}
	sc := bufio.NewScanner(bytes.NewReader(status))
	for sc.Scan() {
		if rest, ok := bytes.CutPrefix(sc.Bytes(), []byte("VmHWM:")); ok {
			kb, ok := bytes.CutSuffix(bytes.TrimSpace(rest), []byte(" kB"))
			if !ok {
				return 0, fmt.Errorf("unexpected VmHWM line %q", sc.Text())
			}
			n, err := strconv.ParseInt(string(bytes.TrimSpace(kb)), 10, 64)
			return n * 1024, err
		}
	}
	return 0, errors.New("no VmHWM in /proc/self/status")
}
