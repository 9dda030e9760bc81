package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/spf13/viper"
)

func TestServeSecurityConfig(t *testing.T) {
	t.Chdir(t.TempDir())
	serveCfg := func(args ...string) (*Config, error) {
		t.Helper()
		var out, errb bytes.Buffer
		root := newRootCommand(viper.New(), &out, &errb)
		cmd, _, err := root.Find([]string{"serve"})
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.ParseFlags(args); err != nil {
			t.Fatal(err)
		}
		a := &app{v: viper.New(), stdout: &out, stderr: &errb}
		return a.config(cmd, map[string]string{"serve.allow_write": "allow-write", "serve.cors_origins": "cors-origin", "serve.memory_limit": "memory-limit"})
	}
	c, err := serveCfg()
	if err != nil {
		t.Fatal(err)
	}
	if c.Serve.AllowWrite || len(c.Serve.CORSOrigins) != 0 || !strings.HasPrefix(c.Serve.Addr, "127.0.0.1:") || c.memoryLimit() != 1<<30 {
		t.Fatalf("defaults: write %v, CORS %v, addr %s, memory %d", c.Serve.AllowWrite, c.Serve.CORSOrigins, c.Serve.Addr, c.memoryLimit())
	}
	if _, err := serveCfg("--allow-write"); exitCode(err) != 2 || !strings.Contains(err.Error(), "write token") {
		t.Fatalf("--allow-write without a token: %v", err)
	}
	t.Setenv("DOSSIER_SERVE_WRITE_TOKEN", "short")
	if _, err := serveCfg("--allow-write"); exitCode(err) != 2 {
		t.Fatalf("--allow-write with a short token: %v", err)
	}
	t.Setenv("DOSSIER_SERVE_WRITE_TOKEN", "0123456789abcdef0123")
	t.Setenv("DOSSIER_SERVE_CORS_ORIGINS", "https://a.example,https://b.example")
	c, err = serveCfg("--allow-write", "--memory-limit", "off")
	if err != nil {
		t.Fatal(err)
	}
	if c.Serve.WriteToken != "0123456789abcdef0123" || len(c.Serve.CORSOrigins) != 2 || c.memoryLimit() != -1 {
		t.Fatalf("token %q, CORS %v, memory %d", c.Serve.WriteToken, c.Serve.CORSOrigins, c.memoryLimit())
	}
	if _, err := serveCfg("--cors-origin", "a.example"); exitCode(err) != 2 {
		t.Fatalf("an origin without a scheme: %v", err)
	}
}
