package server

import (
	"errors"
	"fmt"
	"net/http"
	"path"
	"strconv"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/dossier-kg/dossier/index"
	"github.com/dossier-kg/dossier/schema"
)

// eventView is one event on the timeline.
type eventView struct {
	Date, Name, Kind string
	Actors, Places   []link
	Docs             []link
}

// yearView is one year of the timeline.
type yearView struct {
	Year   string
	Events []eventView
}

// Axis geometry of the timeline's strip (an SVG 1000 wide, 64 high).
const (
	axisLeft, axisWidth = 10.0, 980.0
	axisY               = 40
	maxTicks            = 12
)

type tick struct {
	X    float64
	Year int
}

type dot struct {
	X, Y  float64
	Title string
}

func (s *Server) pageTimeline(w http.ResponseWriter, r *http.Request) {
	data := struct {
		Given, Error string
		Person       link
		Years        []yearView
		Undated      []eventView
		First, Last  int
		Ticks        []tick
		Dots         []dot
		More         bool
		Limit        int
	}{Given: strings.TrimSpace(r.URL.Query().Get("person")), Limit: s.cfg.QueryLimit}
	if data.Limit <= 0 {
		data.Limit = 1000
	}
	var actor quad.IRI
	if data.Given != "" {
		h, err := s.names.Resolve(r.Context(), data.Given, "")
		if errors.Is(err, index.ErrNotFound) {
			data.Error = err.Error()
			s.render(w, http.StatusNotFound, "timeline.html", page{Title: "Timeline", Data: data})
			return
		}
		if err != nil {
			s.fail(w, http.StatusInternalServerError, "Error", err.Error())
			return
		}
		actor = quad.IRI(h.IRI)
		data.Person = link{Name: h.Name, URL: entityURL(h.IRI)}
	}
	events, more, err := s.store.Events(r.Context(), actor, data.Limit)
	if err != nil {
		s.fail(w, http.StatusInternalServerError, "Error", err.Error())
		return
	}
	data.More = more
	for _, ev := range events {
		v := eventView{Date: ev.Date, Name: ev.Name, Kind: eventKind(ev.Classes)}
		for _, a := range ev.Actors {
			v.Actors = append(v.Actors, s.link(r, a))
		}
		for _, p := range ev.Places {
			v.Places = append(v.Places, s.link(r, p))
		}
		for _, d := range ev.Sources {
			if id, ok := schema.DocID(string(d)); ok {
				v.Docs = append(v.Docs, link{Name: path.Base(id), URL: docURL(id, "")})
			}
		}
		y := yearOf(ev.Date)
		if y == "" {
			data.Undated = append(data.Undated, v)
			continue
		}
		if n := len(data.Years); n == 0 || data.Years[n-1].Year != y {
			data.Years = append(data.Years, yearView{Year: y})
		}
		last := &data.Years[len(data.Years)-1]
		last.Events = append(last.Events, v)
	}
	if len(data.Years) > 0 {
		data.First, _ = strconv.Atoi(data.Years[0].Year)
		data.Last, _ = strconv.Atoi(data.Years[len(data.Years)-1].Year)
		data.Ticks, data.Dots = axis(data.First, data.Last, data.Years)
	}
	title := "Timeline"
	if data.Person.Name != "" {
		title += " of " + data.Person.Name
	}
	s.render(w, http.StatusOK, "timeline.html", page{Title: title, Data: data})
}

// axis places the year ticks and one dot per event (stacked within a year)
// on the timeline's strip.
func axis(first, last int, years []yearView) ([]tick, []dot) {
	span := last - first + 1
	x := func(year float64) float64 { return axisLeft + (year-float64(first))/float64(span)*axisWidth }
	step := 1
	for span/step > maxTicks {
		step *= 2
		if span/step > maxTicks {
			step = step / 2 * 5
		}
	}
	var ticks []tick
	for y := first - first%step; y <= last; y += step {
		if y >= first {
			ticks = append(ticks, tick{X: x(float64(y)), Year: y})
		}
	}
	var dots []dot
	for _, yv := range years {
		y, _ := strconv.Atoi(yv.Year)
		for i, ev := range yv.Events {
			frac := 0.5
			if len(ev.Date) >= 7 {
				if m, err := strconv.Atoi(ev.Date[5:7]); err == nil {
					frac = (float64(m) - 0.5) / 12
				}
			}
			dots = append(dots, dot{X: x(float64(y) + frac), Y: float64(axisY - 4 - 7*min(i, 4)), Title: fmt.Sprintf("%s %s", ev.Date, ev.Name)})
		}
	}
	return ticks, dots
}

func yearOf(date string) string {
	if len(date) >= 4 {
		if _, err := strconv.Atoi(date[:4]); err == nil {
			return date[:4]
		}
	}
	return ""
}

// eventKind is the event's Dossier class (Letter, Execution, …).
func eventKind(classes []quad.IRI) string {
	for _, c := range classes {
		if k, ok := strings.CutPrefix(string(c), schema.NS); ok {
			return k
		}
	}
	return "Event"
}
