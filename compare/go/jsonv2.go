//go:build goexperiment.jsonv2

package main

import "encoding/json"

// Built with GOEXPERIMENT=jsonv2, encoding/json's v1 API runs on the v2 implementation (with v1
// semantics: duplicate names and invalid UTF-8 are still accepted). This binary offers only that
// runner, so no other contestant is measured under a different experiment.
var runners = []runner{
	{name: "encoding-json-v2", library: "encoding/json", unmarshal: json.Unmarshal,
		notes: []string{"GOEXPERIMENT=jsonv2: encoding/json v1 API on the v2 implementation"}},
}
