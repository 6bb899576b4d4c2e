# Plan against plan in the app (issue 13), sourced by .ci/tmux-test.sh:
# the built binary in a real terminal, as a counselor uses it. Uses
# tmux-test.sh's helpers (start, wait_for, screen, t, ok, $bin).

# 10. A 2027 PPO for a client needing 20 to 30 visits opened at 80×24; c
#     (compare plans), an example added (the 2027 HDHP with an HSA, the one
#     that needs the same care), the matrix read. By hand (tui/compare_test.go
#     works each): the HDHP in network at the likely 24 visits, 2,088 −
#     619.09 HSA tax saving + 1,140 premiums = $2,608.91, the cheapest cell;
#     the PPO in network 1,352 + 2,520 = $3,872.00, $1,263.09 more; the HDHP's
#     10th percentile (21 visits) 2,052 − 608.42 + 1,140 = $2,583.58.
cmpdir=$(mktemp -d)
cp examples/open-enrollment/20-30-visits/2027-ppo.yaml "$cmpdir/2027-ppo.yaml"
# compare_example COMMAND: start COMMAND at 80×24 on the PPO, press c and
# add the example the compare screen offers.
compare_example() {
  start 80 24 "$1"
  wait_for "lowest yearly cost"
  t send-keys -t ci c
  wait_for "Add plan 2: the same care under another plan"
  t send-keys -t ci Down Enter
  wait_for "Add plan 2 from an example"
  t send-keys -t ci Enter
  wait_for "Lowest whole yearly cost: 2027 HDHP with an HSA, with an in-network clinic,"
}
compare_example "$bin $cmpdir/2027-ppo.yaml"
wait_for "2027 HDHP with an HSA            \$2,608.91"
wait_for "2027 PPO                         \$3,872.00"
wait_for "                                +\$1,263.09"
wait_for "  10th percentile                \$2,583.58"
# the cheapest cell in colour on a terminal
if ! t capture-pane -p -e -t ci | grep -qE $'\e\\[[0-9;]*[1-9][0-9;]*m *\\$2,608\\.91'; then
  echo "FAIL: the cheapest cell is not coloured on the compare screen" >&2; t capture-pane -p -e -t ci | cat -v >&2; exit 1
fi
ok "compare screen at 80×24: an example added, the cheapest cell in words and in colour, a difference, a percentile"
#     x: the handout beside the file, mode 0600; a resize to 120 columns
#     puts the recommendation's first 111 characters on one line.
t send-keys -t ci x
wait_for "Wrote $cmpdir/2027-ppo-compare.md."
[[ $(stat -c %a "$cmpdir/2027-ppo-compare.md") == 600 ]] ||
  { echo "FAIL: the compare handout is not mode 0600" >&2; ls -l "$cmpdir" >&2; exit 1; }
grep -qF '**Lowest whole yearly cost: 2027 HDHP with an HSA, with an in-network clinic, $2,608.91 a year' "$cmpdir/2027-ppo-compare.md" ||
  { echo "FAIL: the handout lacks the recommendation" >&2; exit 1; }
t resize-window -t ci -x 120 -y 40
wait_for "Lowest whole yearly cost: 2027 HDHP with an HSA, with an in-network clinic, \$2,608.91 a year, premiums included:"
t send-keys -t ci Escape
wait_for "lowest yearly cost"
t send-keys -t ci q
wait_for "EXITED 0"
ok "compare screen: x writes the handout (0600), follows a resize, esc back to the dashboard"
#     NO_COLOR: the same screen without colour (a configuration folder of
#     its own: the example added above is kept for the file, and would be
#     there already).
compare_example "NO_COLOR=1 XDG_CONFIG_HOME=$(mktemp -d) $bin $cmpdir/2027-ppo.yaml"
if t capture-pane -p -e -t ci | grep -q $'\e\[[0-9;]*[1-9][0-9;]*m'; then
  echo "FAIL: colour on the compare screen with NO_COLOR" >&2; t capture-pane -p -e -t ci | cat -v >&2; exit 1
fi
t send-keys -t ci q
wait_for "EXITED 0"
ok "compare screen: no colour with NO_COLOR"
#     The plans added are kept for the next run on the same file, a signal
#     right after a change included: the first run above added the example
#     and left it kept; here a preset is added and
#     carecost is sent SIGTERM at once. Started again on the file, c shows
#     both without adding them again.
rm -f "$pidfile"
start 80 24 "sh -c 'echo \$\$ >$pidfile; exec $bin $cmpdir/2027-ppo.yaml'"
wait_for "lowest yearly cost"
t send-keys -t ci c
wait_for "Plan 2 is kept from last time (d removes it)."
t send-keys -t ci a Down Down Enter
wait_for "Add plan 3: a plan type's typical figures"
t send-keys -t ci Down Enter
wait_for "Added Typical HMO as plan 3."
kill -TERM "$(carecost_pid)"
wait_for "EXITED 143"
compare_kept=$(find "$XDG_CONFIG_HOME/carecost/drafts" -name '*.compare.json')
[[ $(stat -c %a "$compare_kept") == 600 ]] ||
  { echo "FAIL: the kept compare list is not mode 0600" >&2; ls -l "$XDG_CONFIG_HOME/carecost/drafts" >&2; exit 1; }
start 80 24 "$bin $cmpdir/2027-ppo.yaml"
wait_for "lowest yearly cost"
t send-keys -t ci c
wait_for "Plans 2 to 3 are kept from last time (d removes one)."
wait_for "  2. 2027 HDHP with an HSA · example open-enrollment/"
wait_for "  3. Typical HMO · a preset"
#     → and d twice: no plan added is left, and nothing is kept.
t send-keys -t ci Right d d
wait_for "Add plan 2: the same care under another plan"
t send-keys -t ci q
wait_for "EXITED 0"
[[ ! -e $compare_kept ]] || { echo "FAIL: the compare list is kept with no plan added" >&2; exit 1; }
ok "compare screen: the plans added kept for the next run (0600), through SIGTERM; removing them all removes the list"
