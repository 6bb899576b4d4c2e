# The start screen's files in a real terminal (issue 13: recent files, the
# file picker, a draft per file), sourced by .ci/tmux-test.sh after the
# signals. What a Go test cannot see: the built binary in a real terminal,
# reading a real folder from where it was started, the title a hostile file
# name could set, NO_COLOR, a resize, and two processes on one file's draft.
# Uses tmux-test.sh's helpers (start, wait_for, screen, title_unchanged, ok,
# t) and tmux-signals.sh's (fresh, has, wait_in, $cfg).

# 11. A file opened with the picker, from the folder carecost was started
#     in: ~/clients holds archive/old.yaml (the cash-only scenario: by
#     hand, concierge 8 × ($200 + $20) = $1,760.00), cash.yaml, a note that
#     is no scenario, and a file whose name holds an OSC title sequence.
fresh
clients=$HOME/clients
rm -rf "$clients"; mkdir -p "$clients/archive"
cp testdata/tui/cash-only.yaml "$clients/archive/old.yaml"
cp testdata/tui/cash-only.yaml "$clients/cash.yaml"
echo "call back Tuesday" >"$clients/notes.txt"
cp testdata/tui/cash-only.yaml "$clients/$(printf 't\e]0;HACKED\a.yaml')"
start 80 24 "cd $clients && $bin"
wait_for "Open a scenario file"
t send-keys -t ci Down Down Enter
wait_for "Browse the files of a folder"
wait_for "(none yet: the files you open are listed here)"
t send-keys -t ci Enter
wait_for "Open a scenario file: ~/clients"
wait_for "archive/"
wait_for 't\x1b]0;HACKED\a.yaml'
wait_for "1 other file not listed"
title_unchanged "the file picker"
t send-keys -t ci Down Enter
wait_for "Open a scenario file: ~/clients/archive"
t send-keys -t ci Down Enter
wait_for "1,760.00"
wait_for "lowest yearly cost"
ok "the file picker: a folder entered, a file opened on the dashboard; an escape in a name shown, the title unchanged"
t send-keys -t ci q
wait_for "EXITED 0"

# 11b. The next start lists it first among the recent files; Enter opens it.
#      It removes the temporary file of a write of the list that a killed
#      run left (an hour old), not one a second old (a live run's write).
touch -d '-1 hour' "$cfg/.recent.json.tmp-111"
touch -d '-1 second' "$cfg/.recent.json.tmp-222"
start 80 24 "cd $clients && $bin"
wait_for "Open a scenario file"
[ ! -e "$cfg/.recent.json.tmp-111" ] || { echo "FAIL: a killed run's .recent.json.tmp-* left at the start" >&2; exit 1; }
[ -e "$cfg/.recent.json.tmp-222" ] || { echo "FAIL: a live run's .recent.json.tmp-* removed" >&2; exit 1; }
rm "$cfg/.recent.json.tmp-222"
t send-keys -t ci Down Down Enter
wait_for "Recent files"
wait_for "old.yaml"
wait_for "~/clients/archive"
t send-keys -t ci Enter
wait_for "1,760.00"
t send-keys -t ci q
wait_for "EXITED 0"
ok "the file opened is a recent file at the next start, opened with Enter; a killed write's leftover of the list removed, a live one kept"

# 11c. The picker with NO_COLOR: no colour, folders still told by their /;
#      made short (80×9: two lines of entries), the chosen line stays in
#      sight; back to 80×24.
start 80 24 "cd $clients && NO_COLOR=1 $bin"
wait_for "Open a scenario file"
t send-keys -t ci Down Down Enter
wait_for "Browse the files of a folder"
t send-keys -t ci Down Enter
wait_for "archive/"
if t capture-pane -p -e -t ci | grep -q $'\e\[[0-9;]*[1-9][0-9;]*m'; then
  echo "FAIL: colour in the picker with NO_COLOR" >&2; t capture-pane -p -e -t ci | cat -v >&2; exit 1
fi
t send-keys -t ci End
wait_for "▸ t\x1b]0;HACKED\a.yaml"
t resize-window -t ci -x 80 -y 9
sleep 0.5
wait_for "▸ t\x1b]0;HACKED\a.yaml"
t resize-window -t ci -x 80 -y 24
sleep 0.5
wait_for "archive/"
wait_for "▸ t\x1b]0;HACKED\a.yaml"
ok "the picker: NO_COLOR draws no colour; the chosen line stays in sight through a resize"
t send-keys -t ci q
wait_for "EXITED 0"

# 12. Two files keep two drafts, and two carecost on one file's draft do not
#     write over each other: the first holds cash.yaml's draft, the second
#     says so and keeps its own beside it. What-ifs: + (11 visits) in the
#     first, + + (12) in the second; then q in both. old.yaml's draft, with
#     + + + (13), is a file of its own.
fresh
start 80 24 "cd $clients && $bin cash.yaml; echo EXITED \$?; sleep 30"
wait_for "1,760.00"
t new-window -d -t ci -n two "cd $clients && $bin cash.yaml; echo EXITED \$?; sleep 30"
wait_in ci:two "Another carecost"
t send-keys -t ci +
wait_for "1,980.00"
# one key at a time: Bubble Tea v1 hands runes read together to the
# program as one key ("++"), which the dashboard does not take for +
t send-keys -t ci:two +
wait_in ci:two "1,980.00"
t send-keys -t ci:two +
wait_in ci:two "2,200.00"
t send-keys -t ci q
wait_for "kept them as an unfinished draft"
t send-keys -t ci:two q
wait_in ci:two "kept them as an unfinished draft"
mine=$(ls "$cfg"/drafts/*.yaml | grep -v -- '-[0-9]*\.yaml$')
theirs=$(ls "$cfg"/drafts/*-[0-9]*.yaml)
has "$mine" 'care.visits: "11"'
has "$theirs" 'care.visits: "12"'
[ ! -e "$cfg/draft.yaml" ] || { echo "FAIL: the draft of new answers was written" >&2; cat "$cfg/draft.yaml" >&2; exit 1; }
start 80 24 "cd $clients && $bin archive/old.yaml"
wait_for "1,760.00"
for _ in 1 2 3; do t send-keys -t ci +; sleep 0.2; done
wait_for "2,420.00"
t send-keys -t ci q
wait_for "EXITED 0"
[ "$(ls "$cfg"/drafts/*.yaml | wc -l)" = 3 ] || { echo "FAIL: not three drafts of files" >&2; ls -la "$cfg/drafts" >&2; exit 1; }
has "$mine" 'care.visits: "11"'
ok "two carecost on one file's draft keep two; another file's draft is its own; the draft of new answers untouched"

# 12b. Opening cash.yaml again offers its draft; resumed and compared, it
#      shows the 11 visits: concierge 9 × $220 = $1,980.00.
start 80 24 "cd $clients && $bin cash.yaml"
wait_for "cash.yaml has an unfinished draft"
t send-keys -t ci Enter
wait_for "Review your answers"
t send-keys -t ci c
wait_for "1,980.00"
t send-keys -t ci q
wait_for "EXITED 0"
ok "a file's draft offered when the file is opened again, resumed with its figures"
