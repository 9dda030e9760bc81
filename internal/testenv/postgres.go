package testenv

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"errors"
	"net/url"
	"os"
	"testing"
	"time"

	_ "github.com/lib/pq" // the PostgreSQL driver
)

// PostgresEnv names the environment variable holding the URL of the
// PostgreSQL database integration tests use (a role that may create
// schemas in it), e.g.
// postgres://dossier:dossier@127.0.0.1:5432/dossier_test?sslmode=disable.
// .ci/run starts a server and sets it.
const PostgresEnv = "DOSSIER_TEST_POSTGRES"

// Postgres returns the URL of a fresh, empty schema in the test database,
// dropped when the test ends: tests never see each other's tables, and
// the database is left as it was. Without DOSSIER_TEST_POSTGRES, or when
// the server cannot be reached, the test is skipped with a message saying
// how to run it — or fails under DOSSIER_REQUIRE_SHARED=1, as in CI.
func Postgres(tb testing.TB) string {
	tb.Helper()
	base := os.Getenv(PostgresEnv)
	if base == "" {
		missing(tb, "a PostgreSQL server ("+PostgresEnv+"=postgres://user:pass@host/db?sslmode=disable; .ci/run starts one)", errors.New(PostgresEnv+" is not set"))
		return ""
	}
	db, err := sql.Open("postgres", base)
	if err != nil {
		missing(tb, "a PostgreSQL server at "+PostgresEnv, err)
		return ""
	}
	defer db.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	if err := db.PingContext(ctx); err != nil {
		missing(tb, "a PostgreSQL server at "+PostgresEnv, err)
		return ""
	}
	var b [6]byte
	_, _ = rand.Read(b[:])
	schema := "dossier_test_" + hex.EncodeToString(b[:])
	if _, err := db.ExecContext(ctx, `CREATE SCHEMA `+schema); err != nil {
		tb.Fatalf("create schema: %v", err)
	}
	tb.Cleanup(func() {
		db, err := sql.Open("postgres", base)
		if err != nil {
			return
		}
		defer db.Close()
		_, _ = db.Exec(`DROP SCHEMA ` + schema + ` CASCADE`)
	})
	u, err := url.Parse(base)
	if err != nil {
		tb.Fatalf("%s: %v", PostgresEnv, err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}
