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

// buildID names this build's entry in compare/runners.json.
const buildID = "go"

var runners = []runner{
	{name: "encoding-json", library: "encoding/json", defaultRun: true,
		configuration: "json.Unmarshal", unmarshal: json.Unmarshal},
	{name: "jsoniter-std", library: jsoniterModule, module: jsoniterModule, defaultRun: true,
		configuration: "jsoniter.ConfigCompatibleWithStandardLibrary",
		unmarshal:     jsoniter.ConfigCompatibleWithStandardLibrary.Unmarshal},
	{name: "jsoniter-fastest", library: jsoniterModule, module: jsoniterModule,
		configuration: "jsoniter.ConfigFastest", unmarshal: jsoniter.ConfigFastest.Unmarshal},
	{name: "sonic-default", library: sonicModule, module: sonicModule, defaultRun: true,
		configuration: "sonic.ConfigDefault (strings point into its copy of the input)",
		unmarshal:     sonic.ConfigDefault.Unmarshal, prepare: sonicPrepare, notes: sonicNotes()},
	{name: "sonic-std", library: sonicModule, module: sonicModule,
		configuration: "sonic.ConfigStd (copies and validates strings)",
		unmarshal:     sonic.ConfigStd.Unmarshal, prepare: sonicPrepare, notes: sonicNotes()},
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
