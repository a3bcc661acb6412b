//go:build !goexperiment.jsonv2

package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"reflect"

	"github.com/bytedance/sonic"
	jsoniter "github.com/json-iterator/go"
	"github.com/klauspost/cpuid/v2"
)

const (
	jsoniterModule = "github.com/json-iterator/go"
	sonicModule    = "github.com/bytedance/sonic"
)

var runners = []runner{
	{name: "encoding-json", library: "encoding/json", unmarshal: json.Unmarshal},
	{name: "jsoniter-std", library: jsoniterModule, module: jsoniterModule,
		unmarshal: jsoniter.ConfigCompatibleWithStandardLibrary.Unmarshal,
		notes:     []string{"jsoniter.ConfigCompatibleWithStandardLibrary"}},
	{name: "jsoniter-fastest", library: jsoniterModule, module: jsoniterModule,
		unmarshal: jsoniter.ConfigFastest.Unmarshal,
		notes:     []string{"jsoniter.ConfigFastest"}},
	{name: "sonic-default", library: sonicModule, module: sonicModule,
		unmarshal: sonic.ConfigDefault.Unmarshal, prepare: sonicPrepare,
		notes: append([]string{"sonic.ConfigDefault"}, sonicNotes()...)},
	{name: "sonic-std", library: sonicModule, module: sonicModule,
		unmarshal: sonic.ConfigStd.Unmarshal, prepare: sonicPrepare,
		notes: append([]string{"sonic.ConfigStd"}, sonicNotes()...)},
}

// sonicPrepare refuses to measure sonic's silent encoding/json fallback (its figures would be
// encoding/json's, slowed down) and compiles the decoder for t outside timing.
func sonicPrepare(t reflect.Type) error {
	if sonic.APIKind != sonic.UseSonicJSON {
		return errors.New("sonic fell back to encoding/json (unsupported Go version or CPU)")
	}
	if err := sonic.Pretouch(t); err != nil {
		return fmt.Errorf("sonic.Pretouch(%v): %w", t, err)
	}
	return nil
}

// sonicNotes records what qualifies sonic's figures: which native kernels it picks (AVX2 or SSE,
// by the same cpuid check and SONIC_MODE override it uses) and the copy its []byte API makes.
func sonicNotes() []string {
	kernels := "SSE"
	if mode := os.Getenv("SONIC_MODE"); cpuid.CPU.Has(cpuid.AVX2) && mode != "noavx" && mode != "noavx2" {
		kernels = "AVX2"
	}
	return []string{
		"sonic.APIKind=UseSonicJSON checked",
		"sonic native kernels: " + kernels,
		"sonic.Pretouch before warm-up",
		"sonic Unmarshal([]byte) copies the input into a string on every call",
	}
}
