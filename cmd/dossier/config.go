package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/viper"

	"github.com/dossier-kg/dossier/graph"
	"github.com/dossier-kg/dossier/pipeline"
)

// Config is the resolved configuration of every command. Each key is
// settable by flag, by DOSSIER_<KEY> in the environment (dots become
// underscores: DOSSIER_SERVE_ADDR), and in dossier.yaml; flags win over the
// environment, the environment over the file, the file over the defaults.
type Config struct {
	DB       string `mapstructure:"db"`
	Backend  string `mapstructure:"backend"`
	NoSync   bool   `mapstructure:"nosync"`
	LogLevel string `mapstructure:"log_level"`
	// Index is the name index file; "" puts it where indexPath says.
	Index  string `mapstructure:"index"`
	Ingest struct {
		MaxSize      string        `mapstructure:"max_size"`
		Timeout      time.Duration `mapstructure:"timeout"`
		OCR          string        `mapstructure:"ocr"`
		OCRLanguages string        `mapstructure:"ocr_languages"`
		OCRTimeout   time.Duration `mapstructure:"ocr_timeout"`
	} `mapstructure:"ingest"`
	Build struct {
		Workers    int  `mapstructure:"workers"`
		Batch      int  `mapstructure:"batch"`
		BatchQuads int  `mapstructure:"batch_quads"`
		StoreText  bool `mapstructure:"store_text"`
		Force      bool `mapstructure:"force"`
	} `mapstructure:"build"`
	Query struct {
		Timeout time.Duration `mapstructure:"timeout"`
		Limit   int           `mapstructure:"limit"`
	} `mapstructure:"query"`
	Serve struct {
		Addr       string `mapstructure:"addr"`
		AllowWrite bool   `mapstructure:"allow_write"`
		// WriteToken is the bearer token writes must carry; from the
		// config file or DOSSIER_SERVE_WRITE_TOKEN only (a flag would
		// show it in the process list).
		WriteToken  string        `mapstructure:"write_token"`
		CORSOrigins []string      `mapstructure:"cors_origins"`
		Corpus      string        `mapstructure:"corpus"`
		MaxBody     int64         `mapstructure:"max_body"`
		MaxQueries  int           `mapstructure:"max_queries"`
		BusyWait    time.Duration `mapstructure:"busy_wait"`
		MemoryLimit string        `mapstructure:"memory_limit"`
	} `mapstructure:"serve"`
}

// defaults is every key with its default; viper needs a default for a key to
// be read from the environment.
var defaults = map[string]any{
	"db":                   "dossier.db",
	"backend":              graph.Bolt,
	"nosync":               false,
	"log_level":            "info",
	"index":                "",
	"ingest.max_size":      "256MB",
	"ingest.timeout":       "2m",
	"ingest.ocr":           "auto",
	"ingest.ocr_languages": "kir+rus+eng",
	"ingest.ocr_timeout":   "2m",
	"build.workers":        0,
	"build.batch":          64,
	"build.batch_quads":    pipeline.DefaultBatchQuads,
	"build.store_text":     true,
	"build.force":          false,
	"query.timeout":        "30s",
	"query.limit":          1000,
	"serve.addr":           "127.0.0.1:64210",
	"serve.allow_write":    false,
	"serve.write_token":    "",
	"serve.cors_origins":   []string{},
	"serve.busy_wait":      "2s",
	"serve.memory_limit":   "1GB",
	"serve.corpus":         "data/corpus",
	"serve.max_body":       1 << 20,
	"serve.max_queries":    4,
}

// setupViper applies defaults, the environment and the config file. file is
// the --config value ("" looks for ./dossier.yaml, which may be absent).
func setupViper(v *viper.Viper, file string) error {
	for k, val := range defaults {
		v.SetDefault(k, val)
	}
	v.SetEnvPrefix("DOSSIER")
	v.SetEnvKeyReplacer(strings.NewReplacer(".", "_"))
	v.AutomaticEnv()
	if file != "" {
		v.SetConfigFile(file)
		if err := v.ReadInConfig(); err != nil {
			return usagef("config %s: %w", file, err)
		}
		return nil
	}
	// ./dossier.yaml by its full name: viper's search by base name would
	// also take a file called "dossier" (the binary built in the working
	// directory) and try to read it as YAML
	const local = "dossier.yaml"
	if _, err := os.Stat(local); errors.Is(err, fs.ErrNotExist) {
		return nil // no local configuration
	}
	v.SetConfigFile(local)
	if err := v.ReadInConfig(); err != nil {
		return usagef("config %s: %w", local, err)
	}
	return nil
}

// loadConfig resolves v into a validated Config.
func loadConfig(v *viper.Viper) (*Config, error) {
	var c Config
	if err := v.Unmarshal(&c); err != nil {
		return nil, usagef("config: %w", err)
	}
	if err := c.Validate(); err != nil {
		return nil, usagef("config: %w", err)
	}
	return &c, nil
}

// Validate checks every key.
func (c *Config) Validate() error {
	var errs []error
	if !slices.Contains(graph.Backends, c.Backend) {
		errs = append(errs, fmt.Errorf("backend %q: want one of %s", c.Backend, strings.Join(graph.Backends, ", ")))
	}
	if c.DB == "" && c.Backend != graph.Memstore {
		errs = append(errs, errors.New("db: a path is required for the "+c.Backend+" backend"))
	}
	if _, err := parseSize(c.Ingest.MaxSize); err != nil {
		errs = append(errs, fmt.Errorf("ingest.max_size: %w", err))
	}
	if c.Ingest.Timeout <= 0 {
		errs = append(errs, errors.New("ingest.timeout: must be > 0"))
	}
	if c.Ingest.OCR != "auto" && c.Ingest.OCR != "off" {
		errs = append(errs, fmt.Errorf("ingest.ocr %q: want auto or off", c.Ingest.OCR))
	}
	if c.Ingest.OCRLanguages == "" || strings.ContainsAny(c.Ingest.OCRLanguages, " ,/") {
		errs = append(errs, fmt.Errorf("ingest.ocr_languages %q: want Tesseract codes joined by +, e.g. kir+rus+eng", c.Ingest.OCRLanguages))
	}
	if c.Ingest.OCRTimeout <= 0 {
		errs = append(errs, errors.New("ingest.ocr_timeout: must be > 0"))
	}
	if c.Build.Workers < 0 {
		errs = append(errs, errors.New("build.workers: must be >= 0"))
	}
	if c.Build.Batch < 1 {
		errs = append(errs, errors.New("build.batch: must be >= 1"))
	}
	if c.Build.BatchQuads < 1 {
		errs = append(errs, errors.New("build.batch_quads: must be >= 1"))
	}
	if c.Query.Timeout <= 0 {
		errs = append(errs, errors.New("query.timeout: must be > 0"))
	}
	if c.Query.Limit < 0 {
		errs = append(errs, errors.New("query.limit: must be >= 0"))
	}
	if c.Serve.Addr == "" || !strings.Contains(c.Serve.Addr, ":") {
		errs = append(errs, fmt.Errorf("serve.addr %q: want HOST:PORT", c.Serve.Addr))
	}
	if c.Serve.MaxQueries < 1 {
		errs = append(errs, errors.New("serve.max_queries: must be >= 1"))
	}
	if c.Serve.AllowWrite && len(c.Serve.WriteToken) < minTokenLen {
		errs = append(errs, fmt.Errorf("serve.write_token: --allow-write needs a write token of at least %d characters (set DOSSIER_SERVE_WRITE_TOKEN or serve.write_token in the config file)", minTokenLen))
	}
	for _, o := range c.Serve.CORSOrigins {
		if o != "*" && !strings.HasPrefix(o, "http://") && !strings.HasPrefix(o, "https://") {
			errs = append(errs, fmt.Errorf("serve.cors_origins: %q: want an origin such as https://example.org, or *", o))
		}
	}
	if c.Serve.BusyWait <= 0 {
		errs = append(errs, errors.New("serve.busy_wait: must be > 0"))
	}
	if c.Serve.MemoryLimit != "off" {
		if _, err := parseSize(c.Serve.MemoryLimit); err != nil {
			errs = append(errs, fmt.Errorf("serve.memory_limit: %w (or off)", err))
		}
	}
	if c.Serve.MaxBody < 1024 {
		errs = append(errs, errors.New("serve.max_body: must be >= 1024"))
	}
	switch c.LogLevel {
	case "debug", "info", "warn", "error":
	default:
		errs = append(errs, fmt.Errorf("log_level %q: want debug, info, warn or error", c.LogLevel))
	}
	return errors.Join(errs...)
}

// minTokenLen is the shortest write token accepted: long enough not to be
// guessed over the network.
const minTokenLen = 16

// memoryLimit is serve.memory_limit in bytes, -1 for "off".
func (c *Config) memoryLimit() int64 {
	if c.Serve.MemoryLimit == "off" {
		return -1
	}
	n, _ := parseSize(c.Serve.MemoryLimit) // checked by Validate
	return n
}

// parseSize reads a size in bytes: "1048576", "512KB", "256MB", "2GB"
// (binary multiples).
func parseSize(s string) (int64, error) {
	t := strings.ToUpper(strings.TrimSpace(s))
	mult := int64(1)
	for _, u := range []struct {
		suffix string
		mult   int64
	}{{"GB", 1 << 30}, {"MB", 1 << 20}, {"KB", 1 << 10}, {"B", 1}} {
		if strings.HasSuffix(t, u.suffix) {
			t, mult = strings.TrimSpace(strings.TrimSuffix(t, u.suffix)), u.mult
			break
		}
	}
	n, err := strconv.ParseInt(t, 10, 64)
	if err != nil || n <= 0 || n > (1<<62)/mult {
		return 0, fmt.Errorf("%q: want a positive size such as 256MB or 2GB", s)
	}
	return n * mult, nil
}
