#!/usr/bin/env bash
# Drives the built binary in a real terminal: tmux send-keys to type,
# capture-pane to read the screen. Fails loudly; never skips.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v tmux >/dev/null || { echo "tmux is missing: .ci/run installs it" >&2; exit 1; }

bin=$(mktemp -d)/carecost
go build -o "$bin" .
export HOME XDG_CONFIG_HOME
HOME=$(mktemp -d); XDG_CONFIG_HOME=$HOME/.config   # a fresh config dir for the draft
run=0
sock="carecost-ci-$$-0"
# The tmux server, and so every pane, gets a known environment rather than the
# CI runner's: a NO_COLOR, COLORTERM or CLICOLOR there would change what the
# colour checks see. -f /dev/null: no user config; default-terminal is set so
# the pane's TERM does not depend on how tmux was built.
t() {
  env -i PATH="$PATH" HOME="$HOME" XDG_CONFIG_HOME="$XDG_CONFIG_HOME" LANG=C.UTF-8 TERM=xterm-256color \
    tmux -f /dev/null -L "$sock" "$@"
}
cleanup() { t kill-server 2>/dev/null || true; }
trap cleanup EXIT

screen() { t capture-pane -p -t ci; }
# wait_for TEXT [SECONDS]: until the screen shows TEXT.
wait_for() {
  local text=$1 limit=${2:-10} i
  for ((i = 0; i < limit * 10; i++)); do
    if screen | grep -qF -- "$text"; then return 0; fi
    sleep 0.1
  done
  echo "FAIL: the screen never showed: $text" >&2
  echo "---- screen ----" >&2; screen >&2; echo "----------------" >&2
  exit 1
}
start() { # start COLS ROWS COMMAND...
  local cols=$1 rows=$2; shift 2
  t kill-server 2>/dev/null || true
  run=$((run + 1)); sock="carecost-ci-$$-$run"   # a fresh server: no race with the old one exiting
  t start-server \; set-option -g default-terminal tmux-256color \; \
    new-session -d -s ci -x "$cols" -y "$rows" "$*; echo EXITED \$?; sleep 30"
}
# enter_until TEXT: press Enter (at most 120 times) until the screen shows
# TEXT; the caller then waits for it, failing with the screen if it never came.
enter_until() {
  local i
  for ((i = 0; i < 120; i++)); do
    if screen | grep -qF -- "$1"; then return 0; fi
    t send-keys -t ci Enter
    sleep 0.15
  done
}
pass=0
ok() { pass=$((pass + 1)); echo "ok: $*"; }

# 1. Piped, carecost prints the demo comparison.
out=$("$bin" </dev/null | cat)
grep -qF "Lowest yearly cost" <<<"$out" || { echo "FAIL: piped carecost printed no comparison" >&2; exit 1; }
ok "piped: demo comparison"

# 1b. A terminal that never answers (script(1)'s pseudo-terminal): the
#     commands that draw no full-screen program ask it nothing, so they
#     neither wait for an answer (5 s each) nor leave the query in the
#     output (internal/termbg, report.Table's fixed colour).
command -v script >/dev/null || { echo "script is missing: .ci/run installs it" >&2; exit 1; }
for cmd in "$bin estimate examples/tkr-ppo.yaml" "$bin --no-color estimate examples/tkr-ppo.yaml" \
           "NO_COLOR=1 $bin estimate --format json examples/tkr-ppo.yaml" "$bin init -"; do
  out=$(env -i PATH="$PATH" HOME="$HOME" TERM=xterm-256color script -qec "$cmd" /dev/null </dev/null) ||
    { echo "FAIL: $cmd under script exited non-zero" >&2; exit 1; }
  grep -qE 'Lowest yearly cost|"cheapest"|version: 1' <<<"$out" || { echo "FAIL: $cmd printed nothing expected:" >&2; cat -v <<<"$out" >&2; exit 1; }
  if grep -q $'\e\]11;?' <<<"$out"; then
    echo "FAIL: $cmd asked the terminal for its background:" >&2; cat -v <<<"$out" | head -3 >&2; exit 1
  fi
done
ok "estimate and init ask a terminal nothing"

# 2. estimate in a terminal: the table, then exit 0.
start 100 40 "$bin" estimate examples/tkr-ppo.yaml
wait_for "Lowest yearly cost"
wait_for "EXITED 0"
ok "estimate in a terminal"
#    colour on a terminal; none with --no-color (before or after the
#    subcommand) or NO_COLOR
if ! t capture-pane -p -e -t ci | grep -q $'\e\[[0-9;]*m'; then
  echo "FAIL: no colour on a terminal" >&2
  start 100 10 "env | grep -E '^(TERM|COLORTERM|NO_COLOR|CLICOLOR)'"; wait_for EXITED
  echo "---- the pane's environment ----" >&2; screen >&2; exit 1
fi
for cmd in "$bin estimate --no-color examples/tkr-ppo.yaml" "$bin --no-color estimate examples/tkr-ppo.yaml" \
           "NO_COLOR=1 $bin estimate examples/tkr-ppo.yaml"; do
  start 100 40 "$cmd"
  wait_for "EXITED 0"
  if t capture-pane -p -e -t ci | grep -q $'\e\[[0-9;]*[1-9][0-9;]*m'; then
    echo "FAIL: colour with: $cmd" >&2; t capture-pane -p -e -t ci | cat -v >&2; exit 1
  fi
done
ok "estimate: --no-color and NO_COLOR draw no colour"

# The interactive program (never skipped: a missing file fails here).
# shellcheck source=/dev/null
source .ci/tmux-tui.sh

# Signals, kill -9, two runs on one draft (never skipped either).
# shellcheck source=/dev/null
source .ci/tmux-signals.sh

# 6. TERM=dumb: the accessible line-by-line mode in a real terminal. A new
#    estimate (2), Enter through the PPO preset's questions; by hand:
#    $1,500 deductible from fifteen $100 visits, then 9 × 20 % × $100 = $180:
#    $1,680.00 in network.
start 100 40 "TERM=dumb $bin"
wait_for "What would you like to do?"
t send-keys -t ci 2 Enter
enter_until "EXITED"
wait_for "EXITED 0"
t capture-pane -p -t ci -S -80 | grep -qF 'Lowest yearly cost: In-network clinic, $1,680.00.' ||
  { echo "FAIL: TERM=dumb did not reach the comparison" >&2; t capture-pane -p -t ci -S -80 >&2; exit 1; }
if t capture-pane -p -e -t ci | grep -q $'\e\[[0-9;]*[1-9][0-9;]*m'; then
  echo "FAIL: colour in the accessible mode" >&2; exit 1
fi
ok "TERM=dumb: line by line to the comparison, no colour"
# 7. Hostile input: a scenario with an OSC title sequence (ESC ] 0 ; … BEL) in
#    an unknown key and in the name. Neither estimate's message nor the
#    program's error screen may retitle the terminal (it once did) or erase
#    the screen; the sequence is shown as escapes.
hostile=$(mktemp -d)/hostile.yaml
printf '%s\n' 'version: 1' '"\e]0;HACKED\a": 1' 'name: "x\e]0;HACKED\a"' \
  'plan: {type: none}' 'care: {visits: 1, in_network: {charge: 1}, out_of_network: {cash_rate: 1}, concierge: {fee: 1}}' >"$hostile"
title_unchanged() { # title_unchanged WHAT
  local title; title=$(t display -p -t ci '#{pane_title}')
  if [[ $title == *HACKED* ]]; then
    echo "FAIL: $1 retitled the terminal: $title" >&2; screen >&2; exit 1
  fi
}
start 120 30 "$bin" estimate "$hostile"
wait_for "EXITED 2"
title_unchanged "estimate"
wait_for '2:1: \x1b]0;HACKED\a: unknown field "\x1b]0;HACKED\a"'
wait_for 'name: contains the control character \x1b'
ok "estimate: an OSC sequence in a key and the name is shown escaped, the title unchanged"
start 120 30 "$bin" "$hostile"
wait_for "cannot be estimated"
wait_for '2:1: \x1b]0;HACKED\a: unknown field "\x1b]0;HACKED\a"'
title_unchanged "the error screen"
t send-keys -t ci q
wait_for "EXITED 0"
ok "carecost FILE: the error screen shows the OSC sequence escaped, the title unchanged"

# The start screen's files: the picker, recent files, a draft per file
# (never skipped either).
# shellcheck source=/dev/null
source .ci/tmux-files.sh

# The counselor's desk: estimate of a folder as CSV, compare (never skipped).
# shellcheck source=/dev/null
source .ci/tmux-desk.sh

# Plan against plan in the app: the compare screen (never skipped).
# shellcheck source=/dev/null
source .ci/tmux-compare.sh

# A real episode: estimate's new sections, the money by month (never skipped).
# shellcheck source=/dev/null
source .ci/tmux-episode.sh

echo "tmux: $pass passed, 0 failed"
