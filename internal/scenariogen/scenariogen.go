// Package scenariogen writes many varied, valid scenario files, for the
// benchmark of `carecost estimate FOLDER` (a counselor's week of clients)
// and for trying it by hand (go run ./internal/scenariogen/genscenarios).
// The files are made from their index alone, so the same n gives the same
// files on every machine: no randomness, nothing committed.
package scenariogen

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// perFolder is how many files go into each sub-folder, so a run also walks
// folders (clients-000/, clients-001/, …) as a real desk's would.
const perFolder = 100

// Write writes n scenario files under dir (which must exist), in
// sub-folders of 100, every fourth one JSON and the others YAML, and
// returns their paths in the order carecost estimate reads them (sorted).
func Write(dir string, n int) ([]string, error) {
	paths := make([]string, 0, n)
	for i := range n {
		sub := filepath.Join(dir, fmt.Sprintf("clients-%03d", i/perFolder))
		if i%perFolder == 0 {
			if err := os.MkdirAll(sub, 0o700); err != nil {
				return nil, err
			}
		}
		name, data := File(i)
		p := filepath.Join(sub, name)
		if err := os.WriteFile(p, data, 0o600); err != nil {
			return nil, err
		}
		paths = append(paths, p)
	}
	return paths, nil
}

// field is one key of a scenario: a value written as it is (a number, a
// word, true or false), a text written quoted, or a section of fields.
type field struct {
	key     string
	value   string
	quoted  bool
	section []field
}

func val(key string, v any) field {
	switch v := v.(type) {
	case int:
		return field{key: key, value: strconv.Itoa(v)}
	case bool:
		return field{key: key, value: strconv.FormatBool(v)}
	case string:
		return field{key: key, value: v}
	}
	panic(fmt.Sprintf("scenariogen: %T", v))
}

func text(key, s string) field          { return field{key: key, value: s, quoted: true} }
func sec(key string, fs ...field) field { return field{key: key, section: fs} }
func cents(key string, c int) field     { return val(key, fmt.Sprintf("%d.%02d", c/100, c%100)) }
func cond(ok bool, f field) []field {
	if ok {
		return []field{f}
	}
	return nil
}

func join(parts ...[]field) (out []field) { // sections built from optional parts
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}

// plan types, cycled through by index.
var planTypes = []string{"ppo", "hdhp", "hmo", "epo", "pos", "medicare", "medicare_advantage", "none", "workers_comp", "auto_pip"}

var services = []string{"physical_therapy", "occupational_therapy", "speech_therapy", "chiropractic"}

// File is the i-th scenario: its file name and contents. Every field is
// within the format's bounds (scenario-format.md), and the figures vary
// with i so that no two files estimate alike. Every fourth is JSON.
func File(i int) (name string, data []byte) {
	t := planTypes[i%len(planTypes)]
	visits := 8 + i%40                        // 8..47
	deductible := 500 + (i*37)%3000           // 500..3499
	met := (i * 13) % (deductible + 1)        // at most the deductible
	oopMax := deductible + 2000 + (i*53)%4000 // above the deductible
	coins := 10 + i%40

	plan := []field{val("type", t), cents("premium_monthly", 10000+(i*131)%40000)}
	plan = append(plan, cond(i%5 == 0, val("coverage", "family"))...)
	switch t {
	case "none":
	case "medicare":
		plan = append(plan,
			sec("in_network", val("deductible", 283), val("deductible_met", i%284), val("coinsurance", 20)),
			sec("out_of_network", val("covered", true), val("deductible", 283), val("shares_deductible", true),
				val("coinsurance", 20), cents("allowed", 8503)))
	default:
		share := val("coinsurance", coins)
		if i%3 == 0 {
			share = val("copay", 20+i%40)
		}
		plan = append(plan, sec("in_network", val("deductible", deductible), val("deductible_met", met), share,
			val("oop_max", oopMax), val("oop_spent", (i*7)%(oopMax/2))))
		if t != "hmo" && t != "epo" {
			plan = append(plan, sec("out_of_network", val("covered", true), val("deductible", deductible*2),
				val("coinsurance", coins+20), val("oop_max", oopMax*2), val("allowed", 80+i%50), val("shares_deductible", i%2 == 0)))
		}
		if i%4 != 0 {
			plan = append(plan, val("visit_limit", 20+(i%3)*10), val("visits_used", i%10))
		}
	}
	care := sec("care",
		val("service", services[i%len(services)]),
		val("visits", visits),
		sec("in_network", val("charge", 120+i%90), cents("allowed", 7000+(i*97)%5000), val("minutes", 30+(i%4)*15)),
		sec("out_of_network", val("cash_rate", 110+(i*3)%100), val("minutes", 45+(i%2)*15),
			val("service_fee_per_claim", i%4), val("reimbursement_days", 14+i%60)),
		sec("concierge", val("fee", 175+i%100), val("travel_fee", i%40), val("minutes", 60),
			val("visits", max(1, visits*3/4)), val("superbill", i%3 == 1)),
	)
	var extra []field
	switch i % 7 {
	case 1:
		extra = append(extra, sec("supplemental", val("kind", "extra_visits"), val("premium_monthly", 10+i%20),
			val("visits", 20), val("coinsurance", 20), val("covers_out_of_network", true)))
	case 3:
		extra = append(extra, sec("supplemental", val("kind", "indemnity"), val("premium_monthly", 20+i%30),
			val("per_visit", 25+i%30), val("max_visits", 5+i%15)))
	case 5:
		extra = append(extra, sec("supplemental", val("kind", "secondary"), val("premium_monthly", 100+i%80),
			val("deductible", i%300), val("coinsurance", 0), val("covers_out_of_network", true)))
	}
	switch {
	case t == "hdhp":
		extra = append(extra, sec("account", val("kind", "hsa"), val("balance", 500+(i*17)%4000), cents("tax_rate", 2965)))
	case i%6 == 2:
		extra = append(extra, sec("account", val("kind", "fsa"), val("balance", 300+(i*19)%3000), val("tax_rate", 22)))
	}
	doc := join(
		[]field{val("version", 1), text("name", fmt.Sprintf("Client %04d, %s", i, t)), val("year", 2025+i%3)},
		[]field{sec("plan", plan...), care},
		extra,
	)
	var b strings.Builder
	if i%4 == 3 {
		writeJSON(&b, doc, "")
		b.WriteString("\n")
		return fmt.Sprintf("client-%04d.json", i), []byte(b.String())
	}
	b.WriteString("# made by internal/scenariogen\n")
	writeYAML(&b, doc, "")
	return fmt.Sprintf("client-%04d.yaml", i), []byte(b.String())
}

func writeYAML(b *strings.Builder, fs []field, indent string) {
	for _, f := range fs {
		switch {
		case f.section != nil:
			b.WriteString(indent + f.key + ":\n")
			writeYAML(b, f.section, indent+"  ")
		case f.quoted:
			b.WriteString(indent + f.key + ": " + strconv.Quote(f.value) + "\n")
		default:
			b.WriteString(indent + f.key + ": " + f.value + "\n")
		}
	}
}

func writeJSON(b *strings.Builder, fs []field, indent string) {
	b.WriteString("{\n")
	for k, f := range fs {
		b.WriteString(indent + "  " + strconv.Quote(f.key) + ": ")
		switch {
		case f.section != nil:
			writeJSON(b, f.section, indent+"  ")
		case f.quoted, !isJSONLiteral(f.value):
			b.WriteString(strconv.Quote(f.value))
		default:
			b.WriteString(f.value)
		}
		if k < len(fs)-1 {
			b.WriteString(",")
		}
		b.WriteString("\n")
	}
	b.WriteString(indent + "}")
}

// isJSONLiteral: a number, true or false; a word (an enum) is a string.
func isJSONLiteral(s string) bool {
	if s == "true" || s == "false" {
		return true
	}
	_, err := strconv.ParseFloat(s, 64) // only to tell a number from a word; never a money path
	return err == nil
}
