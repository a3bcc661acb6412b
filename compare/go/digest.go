package main

import (
	"fmt"
	"math"
	"sort"
)

// digester feeds the canonical encoding of fixtures/DIGEST.md straight into an FNV-1a 64 hash,
// so no encoded copy of the value is ever built.
type digester struct{ h uint64 }

const (
	fnvOffset = 0xcbf29ce484222325
	fnvPrime  = 0x100000001b3
)

func newDigester() *digester { return &digester{h: fnvOffset} }

func (d *digester) sum() string { return fmt.Sprintf("%016x", d.h) }

func (d *digester) byte(b byte) { d.h = (d.h ^ uint64(b)) * fnvPrime }

func (d *digester) uint32(n int) {
	for i := 0; i < 4; i++ {
		d.byte(byte(uint32(n) >> (8 * i)))
	}
}

func (d *digester) null() { d.byte('n') }

func (d *digester) bool(b bool) {
	if b {
		d.byte('t')
	} else {
		d.byte('f')
	}
}

func (d *digester) number(f float64) {
	if f == 0 {
		f = 0 // -0 becomes +0
	}
	d.byte('d')
	bits := math.Float64bits(f)
	for i := 0; i < 8; i++ {
		d.byte(byte(bits >> (8 * i)))
	}
}

func (d *digester) string(s string) {
	d.byte('s')
	d.uint32(len(s))
	for i := 0; i < len(s); i++ {
		d.byte(s[i])
	}
}

func (d *digester) array(n int)  { d.byte('a'); d.uint32(n) }
func (d *digester) object(n int) { d.byte('o'); d.uint32(n) }

// value hashes an untyped tree as encoding/json, jsoniter and sonic build it.
func (d *digester) value(v any) error {
	switch x := v.(type) {
	case nil:
		d.null()
	case bool:
		d.bool(x)
	case float64:
		d.number(x)
	case string:
		d.string(x)
	case []any:
		d.array(len(x))
		for _, e := range x {
			if err := d.value(e); err != nil {
				return err
			}
		}
	case map[string]any:
		// Go string order is unsigned byte order, as DIGEST.md asks.
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		d.object(len(keys))
		for _, k := range keys {
			d.string(k)
			if err := d.value(x[k]); err != nil {
				return err
			}
		}
	default:
		return fmt.Errorf("digest: unexpected %T in decoded tree", v)
	}
	return nil
}

// response hashes the typed model as the object it came from, members in sorted order.
func (d *digester) response(r *ApiResponse) error {
	d.object(3)
	d.string("items")
	if r.Items == nil {
		d.null()
	} else {
		d.array(len(r.Items))
		for i := range r.Items {
			if err := d.item(&r.Items[i]); err != nil {
				return err
			}
		}
	}
	d.string("status")
	d.string(r.Status)
	d.string("total")
	d.number(float64(r.Total))
	return nil
}

func (d *digester) item(it *Item) error {
	d.object(4)
	d.string("id")
	d.number(float64(it.ID))
	d.string("metadata")
	if it.Metadata == nil {
		d.null() // a nil map inside an any would otherwise hash as {}
	} else if err := d.value(it.Metadata); err != nil {
		return err
	}
	d.string("name")
	d.string(it.Name)
	d.string("tags")
	if it.Tags == nil {
		d.null()
	} else {
		d.array(len(it.Tags))
		for _, t := range it.Tags {
			d.string(t)
		}
	}
	return nil
}

func digestTree(v any) (string, error) {
	d := newDigester()
	if err := d.value(v); err != nil {
		return "", err
	}
	return d.sum(), nil
}

func digestTyped(r *ApiResponse) (string, error) {
	d := newDigester()
	if err := d.response(r); err != nil {
		return "", err
	}
	return d.sum(), nil
}
