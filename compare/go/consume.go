package main

// The consume step of compare/PROTOCOL.md: a cheap value read from every result so that no
// decode is dead code. String lengths are bytes (Go's unit).

// consumeTyped is len(items) + len(items[0].name).
func consumeTyped(v *ApiResponse) uint64 {
	n := uint64(len(v.Items))
	if len(v.Items) > 0 {
		n += uint64(len(v.Items[0].Name))
	}
	return n
}

// consumeTree is size(root) + len(items) + len(items[0].name), where items is root's member
// "items" when it is an array and the name part counts only a string member of an object.
func consumeTree(v *any) uint64 {
	n := treeSize(*v)
	obj, _ := (*v).(map[string]any)
	items, _ := obj["items"].([]any)
	n += uint64(len(items))
	if len(items) > 0 {
		first, _ := items[0].(map[string]any)
		name, _ := first["name"].(string)
		n += uint64(len(name))
	}
	return n
}

// treeSize: members of an object, elements of an array, length of a string, 0 for null, else 1.
func treeSize(v any) uint64 {
	switch x := v.(type) {
	case nil:
		return 0
	case map[string]any:
		return uint64(len(x))
	case []any:
		return uint64(len(x))
	case string:
		return uint64(len(x))
	}
	return 1
}
