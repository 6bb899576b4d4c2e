# The counselor's desk in a real terminal (issue 13), sourced by
# .ci/tmux-test.sh after its own checks: what a Go test cannot see is the
# terminal itself — the colour a real terminal gets, the width it wraps
# at, and that a file name holding an escape sequence does not act on it.
# Uses tmux-test.sh's helpers (start, wait_for, screen, title_unchanged, ok).

# 8. estimate of a folder as CSV in a terminal (wide: CSV lines are long): the header and the
#    rows, a broken file said with its reason (exit 2), a file whose name
#    holds an OSC title sequence shown escaped and the title unchanged, and no
#    colour in the CSV.
deskdir=$(mktemp -d)
mkdir -p "$deskdir/week-49"
cp testdata/desk/week-49/ana.yaml "$deskdir/week-49/ana.yaml"
cp testdata/desk/week-50/cara.yml "$deskdir/week-49/$(printf 'h\e]0;HACKED\a.yml')"
cp testdata/desk/week-50/broken.yaml "$deskdir/week-49/broken.yaml"
start 250 40 "cd $deskdir && $bin estimate --format csv ."
wait_for "EXITED 2"
wait_for "file,name,plan_premiums,cheapest,warnings,option,label"
wait_for "week-49/ana.yaml,\"Ana, knee rehab\",2160.00,in_network,"
wait_for 'week-49/h\x1b]0;HACKED\a.yml,"Cara, no plan",0.00,in_network,'
wait_for "broken.yaml cannot be estimated"
wait_for "carecost: 2 estimated; 1 could not be (said above)"
title_unchanged "estimate --format csv of a folder"
if t capture-pane -p -e -t ci | grep -q $'\e\[[0-9;]*[1-9][0-9;]*m'; then
  echo "FAIL: colour in the CSV" >&2; t capture-pane -p -e -t ci | cat -v >&2; exit 1
fi
ok "estimate DIR --format csv: rows, the broken file said, an escape in a file name shown, no colour"

# 9. compare in an 80-column terminal: the matrix fits (no row wrapped), the
#    cheapest cell in the terminal's green, none with --no-color.
ppo=examples/open-enrollment/2027-ppo.yaml hdhp=examples/open-enrollment/2027-hdhp-hsa.yaml
start 80 40 "$bin" compare "$ppo" "$hdhp"
wait_for "EXITED 0"
wait_for "2027 PPO                         \$3,872.00         \$5,520.00         \$7,020.00"
wait_for "2027 HDHP with an HSA            \$2,081.28         \$2,722.87         \$4,178.40"
wait_for "Lowest whole yearly cost: 2027 HDHP with an HSA, with an in-network clinic,"
# the cheapest cell, $2,081.28, is drawn in green (SGR 32, with bold)
if ! t capture-pane -p -e -t ci | grep -qE $'\e\\[[0-9;]*32[0-9;]*m *\\$2,081\\.28'; then
  echo "FAIL: the cheapest cell is not green on a terminal" >&2; t capture-pane -p -e -t ci | cat -v >&2; exit 1
fi
start 80 40 "$bin" compare --no-color "$ppo" "$hdhp"
wait_for "EXITED 0"
if t capture-pane -p -e -t ci | grep -q $'\e\[[0-9;]*[1-9][0-9;]*m'; then
  echo "FAIL: colour with compare --no-color" >&2; t capture-pane -p -e -t ci | cat -v >&2; exit 1
fi
ok "compare in 80 columns: the matrix unwrapped, the cheapest cell green, no colour with --no-color"
