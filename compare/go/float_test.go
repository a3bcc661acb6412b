package main

import (
	"math"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"
)

// hardFloats are literals that a parser without correct rounding gets wrong (serde_json's
// default parser is one ulp off on each of the first five; see
// compare/rust/tests/float_roundtrip.rs), and classic boundary cases.
var hardFloats = []string{
	"7.038531e-26",
	"2.2250738585072011e-308",
	"1.00000000000000011102230246251565404236316680908203125",
	"2.4236153189475850e9",
	"5.0378597812e44",
	"9007199254740993",
	"1e23",
	"8.41e21",
	"4.9406564584124654e-324",
	"1.7976931348623157e308",
}

// generatedFloats returns shortest representations of random doubles (what serialisers print)
// and 15 to 20 digit decimals without exponent (the fast paths of hand-written parsers), from a
// fixed seed.
func generatedFloats(n int) []string {
	rng := rand.New(rand.NewPCG(1, 2))
	out := make([]string, 0, 2*n)
	for len(out) < n {
		if x := math.Float64frombits(rng.Uint64() >> 1); !math.IsInf(x, 0) && !math.IsNaN(x) {
			out = append(out, strconv.FormatFloat(x, 'g', -1, 64))
		}
	}
	for len(out) < 2*n {
		digits := make([]byte, 15+rng.IntN(6))
		for i := range digits {
			digits[i] = byte('0' + rng.IntN(10))
		}
		digits[0] = byte('1' + rng.IntN(9))
		point := 1 + rng.IntN(len(digits)-1)
		out = append(out, string(digits[:point])+"."+string(digits[point:]))
	}
	return out
}

// TestEveryRunnerRoundsFloatsCorrectly backs compare/go/README.md: every Go library's default
// decoding into any gives the correctly rounded double (strconv.ParseFloat's) on these inputs.
func TestEveryRunnerRoundsFloatsCorrectly(t *testing.T) {
	literals := append(generatedFloats(20000), hardFloats...)
	document := []byte("[" + strings.Join(literals, ",") + "]")
	for _, r := range runners {
		t.Run(r.name, func(t *testing.T) {
			var tree any
			if err := r.unmarshal(document, &tree); err != nil {
				t.Fatal(err)
			}
			misses := 0
			for i, v := range tree.([]any) {
				if want, _ := strconv.ParseFloat(literals[i], 64); v != want {
					if misses++; misses <= 5 {
						t.Errorf("%s: got %v, want %v", literals[i], v, want)
					}
				}
			}
			if misses > 0 {
				t.Errorf("%d of %d literals not correctly rounded", misses, len(literals))
			}
		})
	}
}
