// Package server is Dossier's HTTP face: Cayley's web UI (with its API
// address rewritten so it works on any host and port), Cayley's HTTP API v2
// read-only by default, Dossier's own query endpoint with a deadline and a
// result limit that return partial results, and the v1 endpoint the UI
// still calls answered with a clear "not supported".
package server
