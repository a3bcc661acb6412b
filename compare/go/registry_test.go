package main

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"testing"
)

const registryPath = "../runners.json"

// registryBinary is an entry of compare/runners.json, as far as these tests read it.
type registryBinary struct {
	ID       string            `json:"id"`
	Language string            `json:"language"`
	Dir      string            `json:"dir"`
	Tool     string            `json:"tool"`
	Build    []string          `json:"build"`
	Env      map[string]string `json:"env"`
	Binary   string            `json:"binary"`
	Count    *string           `json:"count_binary"`
	Runners  []map[string]any  `json:"runners"`
}

func registry(t *testing.T) []registryBinary {
	t.Helper()
	data, err := os.ReadFile(registryPath)
	if err != nil {
		t.Fatal(err)
	}
	var reg struct {
		Binaries []registryBinary `json:"binaries"`
	}
	if err := json.Unmarshal(data, &reg); err != nil {
		t.Fatalf("%s: %v", registryPath, err)
	}
	return reg.Binaries
}

// listedRunners is --list without what only the build decides (library_version, build).
func listedRunners(t *testing.T, out []byte) []map[string]any {
	t.Helper()
	var list []map[string]any
	decodeOne(t, out, &list)
	for _, e := range list {
		if e["library_version"] == "" || e["build"] == nil {
			t.Errorf("entry without library_version or build: %v", e)
		}
		delete(e, "library_version")
		delete(e, "build")
	}
	return list
}

// TestListMatchesRegistry: this build's --list is its entry of compare/runners.json.
func TestListMatchesRegistry(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := runGuarded([]string{"--list"}, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	for _, b := range registry(t) {
		if b.ID == buildID {
			if got := listedRunners(t, stdout.Bytes()); !reflect.DeepEqual(got, b.Runners) {
				t.Errorf("--list %v\nrunners.json %v", got, b.Runners)
			}
			return
		}
	}
	t.Fatalf("no %s entry in %s", buildID, registryPath)
}

// TestRegistryBuildsEveryGoBinary builds each Go entry of compare/runners.json with its own
// command and environment (into a temporary directory) and checks its --list and build settings.
func TestRegistryBuildsEveryGoBinary(t *testing.T) {
	if testing.Short() {
		t.Skip("builds binaries")
	}
	for _, b := range registry(t) {
		if b.Language != "go" {
			continue
		}
		t.Run(b.ID, func(t *testing.T) {
			if b.Tool != "go" || b.Dir != "go" || b.Count != nil || b.Build[0] != "build" {
				t.Fatalf("unexpected entry %+v", b)
			}
			// The registry's command, with its -o pointed at a temporary file.
			binary := filepath.Join(t.TempDir(), filepath.Base(b.Binary))
			args := append([]string(nil), b.Build...)
			for i := range args {
				if args[i] == "-o" && args[i+1] == b.Binary {
					args[i+1] = binary
				}
			}
			cmd := exec.Command("go", args...)
			cmd.Env = os.Environ()
			for k, v := range b.Env {
				cmd.Env = append(cmd.Env, k+"="+v)
			}
			if out, err := cmd.CombinedOutput(); err != nil {
				t.Fatalf("go %v: %v\n%s", args, err, out)
			}
			out, err := exec.Command(binary, "--list").Output()
			if err != nil {
				t.Fatal(err)
			}
			if got := listedRunners(t, out); !reflect.DeepEqual(got, b.Runners) {
				t.Errorf("--list %v\nrunners.json %v", got, b.Runners)
			}
			var full []struct {
				Build map[string]string `json:"build"`
			}
			if err := json.Unmarshal(out, &full); err != nil || len(full) == 0 {
				t.Fatalf("--list: %v", err)
			}
			build := full[0].Build
			if build["go_version"] == "" || build["GOARCH"] == "" || build["CGO_ENABLED"] == "" {
				t.Errorf("build settings %v", build)
			}
			if want := b.Env["GOEXPERIMENT"]; build["GOEXPERIMENT"] != want {
				t.Errorf("GOEXPERIMENT %q, want %q", build["GOEXPERIMENT"], want)
			}
		})
	}
}
