//go:build !linux

package main

import "errors"

// threadCPUNanos needs CLOCK_THREAD_CPUTIME_ID; the protocol's figures are Linux's.
func threadCPUNanos() (int64, error) {
	return 0, errors.New("thread CPU time is read on Linux only")
}
