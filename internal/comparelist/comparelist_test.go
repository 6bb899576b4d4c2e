package comparelist

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/carecost/carecost/calc"
)

// A kept list is read back as written, the file mode 0600; a list of no
// plans removes the file; an older change never replaces a newer one.
func TestKeepCompareList(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "carecost")
	path := Path(filepath.Join(dir, "draft.yaml"))
	if want := filepath.Join(dir, "draft.compare.json"); path != want {
		t.Fatalf("Path = %s, want %s", path, want)
	}
	l := List{Of: "/home/a/ppo.yaml", Plans: []Ref{{File: "/home/a/hdhp.yaml"}, {Preset: calc.HDHP}, {Example: "tkr-ppo.yaml"}}}
	if err := Keep(path, 1, l); err != nil {
		t.Fatal(err)
	}
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if m := info.Mode().Perm(); m != 0o600 {
		t.Errorf("mode %o, want 600", m)
	}
	if info, err := os.Stat(dir); err != nil || info.Mode().Perm() != 0o700 {
		t.Errorf("folder: %v %v, want mode 700", info, err)
	}
	got, err := Load(path)
	if err != nil || got == nil || got.Of != l.Of || len(got.Plans) != 3 || got.Plans[0] != l.Plans[0] || got.Plans[1] != l.Plans[1] || got.Plans[2] != l.Plans[2] {
		t.Fatalf("read back %+v, %v; want %+v", got, err, l)
	}
	// change 1 again, and an older one: skipped
	if err := Keep(path, 1, List{Of: "x", Plans: []Ref{{Preset: calc.PPO}}}); err != nil {
		t.Fatal(err)
	}
	if got, _ := Load(path); got == nil || got.Of != l.Of {
		t.Errorf("change 1 written twice: %+v", got)
	}
	if err := Keep(path, 2, List{Of: l.Of}); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(path); !os.IsNotExist(err) {
		t.Errorf("a list of no plans left the file: %v", err)
	}
	if got, err := Load(path); got != nil || err != nil {
		t.Errorf("no list: %+v, %v", got, err)
	}
}

// What is not a list carecost wrote is refused whole, saying why.
func TestParseCompareListRefuses(t *testing.T) {
	long := "/" + strings.Repeat("a", MaxRef)
	cases := map[string]struct{ data, why string }{
		"not JSON":        {`plans: []`, "not the JSON carecost writes"},
		"version":         {`{"version":2,"of":"/a","plans":[]}`, "version 2"},
		"of nothing":      {`{"version":1,"plans":[]}`, "which scenario"},
		"four plans":      {`{"version":1,"of":"/a","plans":[{"preset":"ppo"},{"preset":"hmo"},{"preset":"hdhp"},{"preset":"epo"}]}`, "lists 4 plans"},
		"none set":        {`{"version":1,"of":"/a","plans":[{}]}`, "plan 2: it must name one"},
		"two set":         {`{"version":1,"of":"/a","plans":[{"file":"/b","preset":"ppo"}]}`, "must name one"},
		"relative":        {`{"version":1,"of":"/a","plans":[{"file":"b.yaml"}]}`, "absolute and clean"},
		"unclean":         {`{"version":1,"of":"/a","plans":[{"file":"/x/../b.yaml"}]}`, "absolute and clean"},
		"NUL":             {`{"version":1,"of":"/a","plans":[{"file":"/b\u0000"}]}`, "NUL"},
		"too long":        {`{"version":1,"of":"/a","plans":[{"file":"` + long + `"}]}`, "longer"},
		"example outside": {`{"version":1,"of":"/a","plans":[{"example":"../etc/passwd"}]}`, "one of the examples"},
		"plan type":       {`{"version":1,"of":"/a","plans":[{"preset":"gold"}]}`, "one of the plan types"},
		"twice":           {`{"version":1,"of":"/a","plans":[{"preset":"ppo"},{"preset":"ppo"}]}`, "plan 3 is listed twice"},
		"too large":       {`{"version":1,"of":"/a","plans":[]}` + strings.Repeat(" ", MaxSize), "bytes"},
	}
	for name, c := range cases {
		if _, err := Parse([]byte(c.data)); err == nil || !strings.Contains(err.Error(), c.why) {
			t.Errorf("%s: %v, want …%s…", name, err, c.why)
		}
	}
	// at the limits: 3 plans, a path of MaxRef bytes
	at := `{"version":1,"of":"/a","plans":[{"preset":"ppo"},{"preset":"hmo"},{"file":"` + long[:MaxRef] + `"}]}`
	if l, err := Parse([]byte(at)); err != nil || len(l.Plans) != 3 {
		t.Errorf("at the limits: %v", err)
	}
}

// A damaged list on disk is an error naming the file; a directory there is
// refused, not read.
func TestLoadCompareListDamaged(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "draft.compare.json")
	if err := os.WriteFile(path, []byte("{\"version\":1,\"of\":"), 0o600); err != nil {
		t.Fatal(err)
	}
	if l, err := Load(path); l != nil || err == nil || !strings.Contains(err.Error(), path) || !strings.Contains(err.Error(), "could not be read") {
		t.Errorf("damaged: %v, %v", l, err)
	}
	os.Remove(path)
	os.Mkdir(path, 0o700)
	if l, err := Load(path); l != nil || err == nil || !strings.Contains(err.Error(), "not a regular file") {
		t.Errorf("a folder: %v, %v", l, err)
	}
}

// Whatever the bytes, the reader returns a list it would write again the
// same, or an error; never a panic, never more than MaxPlans plans.
func FuzzParse(f *testing.F) {
	f.Add([]byte(`{"version":1,"of":"/a","plans":[{"file":"/b.yaml"},{"preset":"hdhp"},{"example":"tkr-ppo.yaml"}]}`))
	f.Add([]byte(`{"version":1,"of":"the built-in demo","plans":[]}`))
	f.Add([]byte(`{"version":1,"of":"/a","plans":[{"file":"/b","example":"c"}]}`))
	f.Add([]byte(`null`))
	f.Fuzz(func(t *testing.T, data []byte) {
		l, err := Parse(data)
		if err != nil {
			return
		}
		if len(l.Plans) > MaxPlans || l.Of == "" {
			t.Fatalf("accepted %+v", l)
		}
		for _, r := range l.Plans {
			if err := r.Check(); err != nil {
				t.Fatalf("accepted %+v: %v", r, err)
			}
		}
		out, err := Marshal(*l)
		if err != nil {
			t.Fatal(err)
		}
		again, err := Parse(out)
		if err != nil || again.Of != l.Of || len(again.Plans) != len(l.Plans) {
			t.Fatalf("written again %q: %+v, %v", out, again, err)
		}
	})
}
