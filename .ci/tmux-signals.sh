# Sourced by .ci/tmux-test.sh: signals, kill -9 and two runs on one draft,
# in a real terminal (issue 10, items 8 and 9). Uses start, wait_for, screen,
# ok, t, $sock and $bin from there.

cfg=$XDG_CONFIG_HOME/carecost
draft=$cfg/draft.yaml
pidfile=$(mktemp -d)/pid
# carecost started through a shell that writes its process id first and then
# becomes it (exec), so the pane's "EXITED $?" is carecost's own status.
pidrun="sh -c 'echo \$\$ >$pidfile; exec $bin'"
# after carecost: whether the terminal is back in cooked mode (icanon, not
# -icanon) and its cursor shown
after="stty -a | tr ' ;' '\n\n' | grep -x -- '-\?icanon' | sed 's/^/MODE /'"
fresh() { rm -rf "$cfg" "$pidfile"; }
carecost_pid() {
  local i
  for ((i = 0; i < 50; i++)); do [ -s "$pidfile" ] && { cat "$pidfile"; return; }; sleep 0.1; done
  echo "FAIL: carecost never started" >&2; exit 1
}
# restored: the pane shows the normal screen (not the alternate one), the
# cursor, and the terminal is in cooked mode again.
restored() {
  wait_for "MODE icanon"
  local alt cur
  alt=$(t display -p -t ci '#{alternate_on}'); cur=$(t display -p -t ci '#{cursor_flag}')
  if [ "$alt" != 0 ] || [ "$cur" != 1 ]; then
    echo "FAIL: $1: the terminal is not restored (alternate screen $alt, cursor shown $cur)" >&2; screen >&2; exit 1
  fi
}
# has FILE TEXT: the draft file holds the line TEXT.
has() {
  grep -qF -- "$2" "$1" 2>/dev/null || { echo "FAIL: $1 lacks: $2" >&2; cat "$1" >&2 2>/dev/null; exit 1; }
}
# wait_has FILE TEXT: until the draft file holds TEXT (it is written by a
# command, just after the key that committed the answer), 5 s at most.
wait_has() {
  local i
  for ((i = 0; i < 50; i++)); do grep -qF -- "$2" "$1" 2>/dev/null && return 0; sleep 0.1; done
  has "$1" "$2"
}
# wait_in TARGET TEXT: wait_for in another window.
wait_in() {
  local i
  for ((i = 0; i < 100; i++)); do t capture-pane -p -t "$1" | grep -qF -- "$2" && return 0; sleep 0.1; done
  echo "FAIL: $1 never showed: $2" >&2; t capture-pane -p -t "$1" >&2; exit 1
}
# to_deductible: a new estimate from the start screen (the short route),
# the plan type kept, the in-network deductible emptied (ctrl+u).
to_deductible() {
  wait_for "Start a new estimate"
  t send-keys -t ci Down Enter
  wait_for "What kind of health plan"
  t send-keys -t ci Enter
  wait_for "┃ Deductible" # the focus is on it (huh marks the focused question)
  t send-keys -t ci C-u
}
# to_met: the deductible answered (Enter), the focus on what is met of it,
# emptied.
to_met() {
  t send-keys -t ci Enter
  wait_for "┃ Deductible already met"
  t send-keys -t ci C-u
}

# 7a. SIGTERM in the walk-through: the terminal restored, status 143
#     (128 + 15), every answer kept: the deductible given ($1,800) and what
#     is met of it being typed ($200, not yet committed).
fresh
start 80 24 "$pidrun; echo EXITED \$?; $after"
to_deductible
t send-keys -t ci 1 8 0 0
wait_for '$ 1800'
to_met
t send-keys -t ci 2 0 0
wait_for '$ 200'
kill -TERM "$(carecost_pid)"
wait_for "EXITED 143"
restored "SIGTERM"
wait_for "kept them as an unfinished draft"
has "$draft" 'plan.in_network.deductible: "1800"'
has "$draft" 'plan.in_network.deductible_met: "200"'
ok "SIGTERM in the walk-through: terminal restored, exit 143, the answers and the field being typed kept"

# 7b. kill -HUP from outside, the terminal still there: restored, 129.
fresh
start 80 24 "$pidrun; echo EXITED \$?; $after"
to_deductible
t send-keys -t ci 1 7 0 0
wait_for '$ 1700'
kill -HUP "$(carecost_pid)"
wait_for "EXITED 129"
restored "SIGHUP"
has "$draft" 'plan.in_network.deductible: "1700"'
ok "kill -HUP: terminal restored, exit 129, the answer being typed kept"

# 7c. The terminal goes (tmux kill-server: SIGHUP, and reads fail) in the
#     middle of the walk-through: the process is gone promptly (well within
#     stopGrace + stopHard, 3 s) and the draft holds the answers.
fresh
start 80 24 "$pidrun; echo EXITED \$?"
to_deductible
t send-keys -t ci 1 6 0 0
wait_for '$ 1600'
to_met
t send-keys -t ci 3 0 0
wait_for '$ 300'
pid=$(carecost_pid)
t kill-server
gone=
for ((i = 0; i < 30; i++)); do
  state=$(awk '{print $3}' "/proc/$pid/stat" 2>/dev/null || true)
  if [ -z "$state" ] || [ "$state" = Z ]; then gone=$i; break; fi
  sleep 0.1
done
[ -n "$gone" ] || { echo "FAIL: carecost still running 3 s after its terminal went" >&2; exit 1; }
has "$draft" 'plan.in_network.deductible: "1600"'
has "$draft" 'plan.in_network.deductible_met: "300"'
ok "terminal closed (tmux kill-server): gone within $(((gone + 1) * 100)) ms, the answers kept"

# 7d. The dashboard: a what-if (+: 10 visits become 11), then SIGTERM.
fresh
start 120 40 "sh -c 'echo \$\$ >$pidfile; exec $bin testdata/tui/cash-only.yaml'; echo EXITED \$?; $after"
wait_for "1,000.00"
t send-keys -t ci +
wait_for "1,100.00"
kill -TERM "$(carecost_pid)"
wait_for "EXITED 143"
restored "SIGTERM on the dashboard"
has "$(ls "$cfg"/drafts/*.yaml)" 'care.visits: "11"'
[ ! -e "$draft" ] || { echo "FAIL: the what-if went to the draft of new answers" >&2; exit 1; }
ok "SIGTERM on the dashboard: the what-if kept as the file's draft"

# 7e. The line-by-line mode: a new estimate, the plan type kept, a $1,900
#     deductible, then SIGTERM while it waits for the next answer: 143, the
#     answers kept.
fresh
start 100 40 "TERM=dumb $pidrun; echo EXITED \$?"
wait_for "What would you like to do?"
t send-keys -t ci 2 Enter
wait_for "What kind of health plan"
t send-keys -t ci Enter
wait_for "Step 1 is done"
t send-keys -t ci Enter
wait_for "Amount in dollars [1500]"
t send-keys -t ci 1900 Enter
wait_for "Deductible already met"
kill -TERM "$(carecost_pid)"
wait_for "EXITED 143"
wait_for "Your answers are kept as an unfinished draft"
has "$draft" 'plan.in_network.deductible: "1900"'
ok "SIGTERM in the line-by-line mode: exit 143, the answers kept"

# 8. kill -9 right after an answer: the draft follows every answer, so the
#    next start offers it with that answer ($1,400), not the step's start.
fresh
start 80 24 "$pidrun; echo EXITED \$?"
to_deductible
t send-keys -t ci 1 4 0 0
to_met
wait_has "$draft" 'plan.in_network.deductible: "1400"'
kill -9 "$(carecost_pid)"
wait_for "EXITED 137"
start 80 24 "$bin"
wait_for "Resume the unfinished draft"
t send-keys -t ci Down Down Down Down Down Enter
wait_for "What you pay in network"
wait_for '$ 1400'
t send-keys -t ci C-c
wait_for "EXITED 130"
ok "kill -9 after an answer: the next start resumes it"

# 9. A temporary draft file a killed run left (plans.WriteFile's
#    .draft.yaml.tmp-*, and a file's draft's in drafts/) is gone once
#    carecost starts again.
fresh
mkdir -p "$cfg/drafts"
printf 'version: 1\nstep: pl' >"$cfg/.draft.yaml.tmp-4242"
printf 'version: 1\nstep: pl' >"$cfg/drafts/.0123456789abcdef0123456789abcdef.yaml.tmp-4242"
start 80 24 "$bin"
wait_for "Start a new estimate"
[ ! -e "$cfg/.draft.yaml.tmp-4242" ] || { echo "FAIL: the leftover temporary draft is still there" >&2; exit 1; }
[ ! -e "$cfg/drafts/.0123456789abcdef0123456789abcdef.yaml.tmp-4242" ] ||
  { echo "FAIL: the leftover temporary draft of a file is still there" >&2; exit 1; }
t send-keys -t ci q
wait_for "EXITED 0"
ok "a leftover temporary draft is removed at the next start"

# 10. Two carecost on one draft, in two windows: the second says so and keeps
#     its answers in a file of its own; neither overwrites the other.
fresh
start 80 24 "$pidrun; echo EXITED \$?"
wait_for "Start a new estimate"
first=$(carecost_pid)
t new-window -d -t ci -n two "$bin; echo EXITED \$?; sleep 30"
wait_in ci:two "Another carecost"
t capture-pane -p -t ci:two | tr '\n' ' ' | grep -qF "Another carecost (process $first) is running" ||
  { echo "FAIL: the second carecost did not name the first" >&2; t capture-pane -p -t ci:two >&2; exit 1; }
side=$(ls "$cfg"/draft-*.yaml.lock 2>/dev/null | sed 's/\.lock$//')
[ -n "$side" ] || { echo "FAIL: no draft file of the second run's own" >&2; ls -la "$cfg" >&2; exit 1; }
to_deductible
t send-keys -t ci 1 1 0 0
to_met
t send-keys -t ci:two Down Enter
wait_in ci:two "What kind of health plan"
t send-keys -t ci:two Enter
wait_in ci:two "┃ Deductible"
t send-keys -t ci:two C-u 1 3 0 0
wait_in ci:two '$ 1300'
t send-keys -t ci:two Enter
wait_in ci:two "┃ Deductible already met"
wait_has "$draft" 'plan.in_network.deductible: "1100"'
wait_has "$side" 'plan.in_network.deductible: "1300"'
t send-keys -t ci C-c
t send-keys -t ci:two C-c
wait_for "EXITED 130"
has "$draft" 'plan.in_network.deductible: "1100"'
has "$side" 'plan.in_network.deductible: "1300"'
ok "two carecost on one draft: the second says so and keeps its own"
