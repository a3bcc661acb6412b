package main

// ApiResponse and Item are the article's model: integer fields are uint64 and metadata stays untyped
// (its numbers become float64, which is exactly what DIGEST.md hashes).
type ApiResponse struct {
	Status string `json:"status"`
	Total  uint64 `json:"total"`
	Items  []Item `json:"items"`
}

type Item struct {
	ID       uint64         `json:"id"`
	Name     string         `json:"name"`
	Tags     []string       `json:"tags"`
	Metadata map[string]any `json:"metadata"`
}
