// Command genscenarios writes N varied, valid scenario files into a folder,
// to try `carecost estimate FOLDER --format csv` on a desk's worth of
// clients:
//
//	go run ./internal/scenariogen/genscenarios -n 1000 /tmp/clients
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/carecost/carecost/internal/scenariogen"
)

func main() {
	n := flag.Int("n", 1000, "how many scenario files")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: genscenarios [-n N] FOLDER")
		os.Exit(1)
	}
	dir := flag.Arg(0)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	paths, err := scenariogen.Write(dir, *n)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Fprintf(os.Stderr, "wrote %d scenario files under %s\n", len(paths), dir)
}
