// Command dossier reads historical documents and builds a knowledge graph of
// the people, places, organisations and events in them in Cayley, with every
// fact tied to the words that state it; it queries the graph with Gizmo,
// serves Cayley's UI, and exports RDF.
//
// This package only wires: it resolves configuration (flags > DOSSIER_* env >
// dossier.yaml > defaults) into a typed Config and hands it to the packages
// that do the work.
package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"syscall"

	"github.com/spf13/viper"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	a := newApp(viper.New(), os.Stdout, os.Stderr)
	err := a.rootCommand().ExecuteContext(ctx)
	if perr := a.stopProfile(); perr != nil && err == nil {
		err = perr
	}
	os.Exit(exitCode(err))
}

// errPartial marks a command that did its work but not all of it (some files
// failed); the details were already reported.
var errPartial = errors.New("some documents failed")

// exitCode is the one place errors become exit statuses: 0 success, 1 error,
// 2 bad usage or configuration, 3 partial success.
func exitCode(err error) int {
	if err == nil {
		return 0
	}
	var ue *usageError
	switch {
	case errors.As(err, &ue):
		fmt.Fprintln(os.Stderr, "dossier:", err)
		return 2
	case errors.Is(err, errPartial):
		fmt.Fprintln(os.Stderr, "dossier:", err)
		return 3
	default:
		fmt.Fprintln(os.Stderr, "dossier:", err)
		return 1
	}
}

// usageError is a mistake in flags, arguments or configuration.
type usageError struct{ err error }

func (e *usageError) Error() string { return e.err.Error() }
func (e *usageError) Unwrap() error { return e.err }

func usagef(format string, args ...any) error { return &usageError{fmt.Errorf(format, args...)} }
