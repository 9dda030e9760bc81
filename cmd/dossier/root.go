package main

import (
	"fmt"
	"io"
	"log/slog"
	"os"
	"runtime/debug"
	"runtime/pprof"
	"strings"
	"sync"

	"github.com/spf13/cobra"
	"github.com/spf13/viper"

	"github.com/dossier-kg/dossier"
	"github.com/dossier-kg/dossier/extract"
	"github.com/dossier-kg/dossier/extract/gazetteer"
	"github.com/dossier-kg/dossier/graph"
	"github.com/dossier-kg/dossier/ingest"
	"github.com/dossier-kg/dossier/ingest/ocr"
	"github.com/dossier-kg/dossier/schema"
)

// app carries what every command shares: the one viper instance and the
// output streams (tests replace them).
type app struct {
	v          *viper.Viper
	configFile string
	stdout     io.Writer
	stderr     io.Writer
	// cpuProfile names a file for a CPU profile of the command (a
	// measuring aid, not configuration); profile is the open file.
	cpuProfile string
	profile    *os.File
}

// globalBinds maps config keys to the persistent flags every command takes.
var globalBinds = map[string]string{
	"db":        "db",
	"backend":   "backend",
	"nosync":    "nosync",
	"log_level": "log-level",
	"index":     "index",
}

func newRootCommand(v *viper.Viper, stdout, stderr io.Writer) *cobra.Command {
	return newApp(v, stdout, stderr).rootCommand()
}

func newApp(v *viper.Viper, stdout, stderr io.Writer) *app {
	// the build's workers report problems while the logger writes notes:
	// one lock keeps their lines whole on any writer (a file descriptor
	// is safe on its own; a buffer, as tests give, is not)
	return &app{v: v, stdout: stdout, stderr: &lockedWriter{w: stderr}}
}

// lockedWriter serialises writes to w.
type lockedWriter struct {
	mu sync.Mutex
	w  io.Writer
}

func (l *lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}

// rootCommand builds the command tree. The caller runs it and then calls
// stopProfile, whatever the command returned.
func (a *app) rootCommand() *cobra.Command {
	root := &cobra.Command{
		Use:   "dossier",
		Short: "Build a knowledge graph of people, places and events from historical documents",
		Long: `Dossier reads historical documents in Kyrgyz, Russian and English and builds a
knowledge graph of the people, places, organisations and events in them, with
every fact tied to the words of the source that state it. The graph lives in
Cayley; query it with Gizmo, browse it in Cayley's UI, export it as RDF.

Configuration: flags > DOSSIER_* environment > ./dossier.yaml (or --config) > defaults.`,
		Example: `  dossier serve                          # build data/corpus if the store is empty, serve the UI
  dossier build ../shared/corpus/seeds   # extract and load a folder of documents
  dossier find Абдрахманов               # any form of a name
  dossier query --named ego --param person=Abdrakhmanov
  dossier query 'g.V().Has("<rdf:type>", "<http://schema.org/Person>").All()'`,
		SilenceErrors: true,
		SilenceUsage:  true,
	}
	pf := root.PersistentFlags()
	pf.StringVar(&a.configFile, "config", "", "config file (default ./dossier.yaml if present)")
	pf.String("db", "dossier.db", "database path (bolt, leveldb) or URL (server backends)")
	pf.String("backend", graph.Bolt, "store backend: bolt, leveldb, memstore or postgres (--db postgres://user:pass@host/db)")
	pf.String("index", "", "name index file (default: names.bolt in the store's directory; for postgres, one per database URL in the user cache directory)")
	pf.Bool("nosync", false, "do not fsync every commit (faster bulk builds)")
	pf.String("log-level", "info", "log level: debug, info, warn, error")
	pf.StringVar(&a.cpuProfile, "cpuprofile", "", "write a CPU profile of the command to this file (go tool pprof)")
	root.PersistentPreRunE = func(*cobra.Command, []string) error { return a.startProfile() }

	root.AddCommand(
		newExtractCommand(a),
		newBuildCommand(a),
		newLoadCommand(a),
		newQueryCommand(a),
		newFindCommand(a),
		newServeCommand(a),
		newExportCommand(a),
		newEvalCommand(a),
		newShowCommand(a),
		newGenCommand(a),
	)
	return root
}

// config resolves the configuration for cmd, binding the global flags and
// the command's own (key -> flag name).
func (a *app) config(cmd *cobra.Command, binds map[string]string) (*Config, error) {
	for key, name := range globalBinds {
		if f := cmd.Flags().Lookup(name); f != nil {
			if err := a.v.BindPFlag(key, f); err != nil {
				return nil, err
			}
		}
	}
	for key, name := range binds {
		if err := a.v.BindPFlag(key, cmd.Flags().Lookup(name)); err != nil {
			return nil, err
		}
	}
	if err := setupViper(a.v, a.configFile); err != nil {
		return nil, err
	}
	return loadConfig(a.v)
}

func (a *app) logger(cfg *Config) *slog.Logger {
	var lvl slog.Level
	_ = lvl.UnmarshalText([]byte(cfg.LogLevel))
	return slog.New(slog.NewTextHandler(a.stderr, &slog.HandlerOptions{Level: lvl}))
}

func openStore(cfg *Config, readOnly bool) (*graph.Store, error) {
	return graph.Open(graph.Config{Backend: cfg.Backend, Path: cfg.DB, NoSync: cfg.NoSync, ReadOnly: readOnly})
}

func newExtractor() (*extract.Extractor, error) {
	return extract.New(extract.Options{})
}

// newEncoder is the encoder for ex's extractions: it records ex's version
// with the encoding's (a document built by an older extractor or encoder is
// rebuilt) and labels gazetteer entities with the gazetteer's standard
// names.
func newEncoder(ex *extract.Extractor, storeText bool) schema.Encoder {
	return schema.Encoder{
		ExtractorVersion: ex.Version() + "/encoding-" + schema.EncodingVersion,
		StoreText:        storeText,
		Labels:           gazetteerLabels(ex.Gazetteer()),
	}
}

// gazetteerLabels returns the names of the gazetteer entry an entity was
// resolved to (its IRI ends in the entry's ID), preferred name first, or nil
// for entities the gazetteer does not know.
func gazetteerLabels(g *gazetteer.Gazetteer) func(e *dossier.Entity) []dossier.Name {
	return func(e *dossier.Entity) []dossier.Name {
		if !strings.HasPrefix(e.ID, schema.ID) {
			return nil
		}
		if en := g.Get(e.Type, e.ID[strings.LastIndexByte(e.ID, '/')+1:]); en != nil {
			return en.Names()
		}
		return nil
	}
}

// ingestBinds are the reading settings of the commands that read files.
var ingestBinds = map[string]string{
	"ingest.max_size": "max-size", "ingest.ocr": "ocr", "ingest.ocr_languages": "ocr-languages",
}

// addIngestFlags declares the flags ingestBinds binds.
func addIngestFlags(cmd *cobra.Command) {
	f := cmd.Flags()
	f.String("max-size", "256MB", "largest file read (e.g. 64MB, 2GB)")
	f.String("ocr", "auto", "OCR of scans with Tesseract: auto (when installed) or off")
	f.String("ocr-languages", "kir+rus+eng", "Tesseract languages for OCR")
}

// binds merges key -> flag maps.
func binds(maps ...map[string]string) map[string]string {
	out := map[string]string{}
	for _, m := range maps {
		for k, v := range m {
			out[k] = v
		}
	}
	return out
}

// newReader builds the file reader the configuration describes.
func newReader(cfg *Config) *ingest.Reader {
	size, _ := parseSize(cfg.Ingest.MaxSize) // validated in loadConfig
	r := &ingest.Reader{MaxSize: size, Timeout: cfg.Ingest.Timeout}
	if cfg.Ingest.OCR != "off" {
		r.OCR = &ocr.Tesseract{Languages: strings.Split(cfg.Ingest.OCRLanguages, "+"), Timeout: cfg.Ingest.OCRTimeout}
	}
	return r
}

// startProfile starts the CPU profile --cpuprofile asks for.
func (a *app) startProfile() error {
	if a.cpuProfile == "" {
		return nil
	}
	f, err := os.Create(a.cpuProfile)
	if err != nil {
		return fmt.Errorf("cpuprofile: %w", err)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return fmt.Errorf("cpuprofile: %w", err)
	}
	a.profile = f
	return nil
}

// stopProfile ends the CPU profile, if one runs.
func (a *app) stopProfile() error {
	if a.profile == nil {
		return nil
	}
	pprof.StopCPUProfile()
	err := a.profile.Close()
	a.profile = nil
	if err != nil {
		return fmt.Errorf("cpuprofile: %w", err)
	}
	return nil
}

// batchGC lets the heap grow to five times its live size between
// collections (GOGC=400) in the commands that only extract (extract, eval),
// unless the user set GOGC: their live heap is small and mostly per
// document, and at the default the collector took a quarter of the
// extraction's CPU. It costs about 30 MB of peak RSS
// (docs/benchmarks.md#extraction). build keeps the default: its live heap
// holds a store transaction's pages, which grow with the store, and five
// times that is gigabytes.
func batchGC() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}
}
