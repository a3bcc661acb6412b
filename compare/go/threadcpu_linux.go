package main

import (
	"syscall"
	"unsafe"
)

// clockThreadCPUTimeID is Linux's CLOCK_THREAD_CPUTIME_ID.
const clockThreadCPUTimeID = 3

// threadCPUNanos is the CPU time the calling OS thread has used. The measuring goroutine is
// locked to its thread (runtime.LockOSThread), so the difference of two readings is the CPU
// time of what ran between them on that goroutine, GC assists included, background GC workers
// (other threads) not.
func threadCPUNanos() (int64, error) {
	var ts syscall.Timespec
	_, _, errno := syscall.RawSyscall(syscall.SYS_CLOCK_GETTIME, clockThreadCPUTimeID,
		uintptr(unsafe.Pointer(&ts)), 0)
	if errno != 0 {
		return 0, errno
	}
	return ts.Nano(), nil
}
