package main

import (
	"bytes"
	"io"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/carecost/carecost/internal/scenariogen"
)

// BenchmarkEstimateCSV1000 is the whole of `carecost estimate --format csv
// FOLDER` on a counselor's 1,000 scenario files (internal/scenariogen:
// varied plans, YAML and JSON, ten sub-folders): walking the folder,
// reading each file through plans.ReadScenarioFile, decoding, estimating,
// the warnings, and writing 3,000 rows of CSV. The goal is under 1 s.
//
//   - warm: in this process, again and again: the work itself, with every
//     code path and the files already in memory;
//   - cold: a fresh carecost process each time (the binary built once):
//     what a counselor waits for at the prompt, program start included.
//     The files are in the operating system's cache either way: emptying
//     it would need root and slow every other process on the machine.
//
// go test -run '^$' -bench EstimateCSV1000 -benchtime 20x .
func BenchmarkEstimateCSV1000(b *testing.B) {
	dir := b.TempDir()
	if _, err := scenariogen.Write(dir, 1000); err != nil {
		b.Fatal(err)
	}
	args := []string{"estimate", "--format", "csv", dir}
	var out bytes.Buffer
	b.Run("warm", func(b *testing.B) {
		for b.Loop() {
			out.Reset()
			if code := run(args, nil, &out, io.Discard); code != exitOK {
				b.Fatalf("exit %d", code)
			}
		}
		if rows := strings.Count(out.String(), "\r\n"); rows != 1+3*1000 {
			b.Fatalf("%d CSV lines, want the header and 3,000 rows", rows)
		}
	})
	bin := "" // built the first time cold runs, into dir (which lasts the whole benchmark)
	b.Run("cold", func(b *testing.B) {
		if bin == "" {
			bin = filepath.Join(dir, "carecost")
			if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
				b.Fatalf("go build: %v\n%s", err, out)
			}
		}
		for b.Loop() {
			cmd := exec.Command(bin, args...)
			cmd.Stdout = io.Discard
			if err := cmd.Run(); err != nil {
				b.Fatal(err)
			}
		}
	})
}
