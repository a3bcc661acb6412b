//go:build goexperiment.jsonv2

package main

import "encoding/json"

// buildID names this build's entry in compare/runners.json.
const buildID = "go-jsonv2"

// Built with GOEXPERIMENT=jsonv2, encoding/json's v1 API runs on the v2 implementation (with v1
// semantics: duplicate names and invalid UTF-8 are still accepted). This binary offers only that
// runner, so no other contestant is measured under a different experiment. It is a variant:
// encoding-json measures the library by default.
var runners = []runner{
	{name: "encoding-json-v2", library: "encoding/json",
		configuration: "json.Unmarshal built with GOEXPERIMENT=jsonv2 (v1 API, v2 implementation)",
		unmarshal:     json.Unmarshal},
}
