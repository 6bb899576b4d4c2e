# Sourced by .ci/tmux-test.sh: the interactive program in a real terminal.
# Uses start, wait_for, enter_until, screen, ok, t and $bin from there.

# 3. The start screen: its first choice is the demo, and one Enter shows its
#    comparison (the demo in one key); e walks through its answers, esc and
#    q come back to it.
start 80 24 "$bin"
wait_for "Try the built-in demo"
t send-keys -t ci Enter
wait_for "lowest yearly cost"
wait_for "the built-in demo"
ok "start screen → one Enter → the demo's comparison"
t send-keys -t ci e
wait_for "What you pay in network"
t send-keys -t ci Escape
wait_for "Review your answers"
t send-keys -t ci q
wait_for "lowest yearly cost"
ok "e walks through the demo's answers"
t send-keys -t ci q
wait_for "EXITED 0"
ok "q quits with status 0"

# 3b. A new estimate takes the short route ("step 1 of 6"); typing over the
#     suggested $1,500 deductible replaces it (it once gave $15,002,000), and
#     Enter through the rest reaches the comparison. By hand: the PPO
#     preset with a $2,000 deductible: visits 1–20 at the $100 rate pay it;
#     visits 21–24 pay 20 % × $100 = $20: $2,080.00 in network. What was not
#     given is said to be assumed.
start 80 24 "$bin"
wait_for "Start a new estimate"
t send-keys -t ci Down Enter
wait_for "step 1 of 6"
t send-keys -t ci Enter
wait_for "step 2 of 6"
t send-keys -t ci 2 0 0 0
wait_for "$ 2000"
t send-keys -t ci Enter
enter_until "Review your answers"
wait_for "Review your answers"
wait_for "(assumed)"
t send-keys -t ci Enter
wait_for "lowest yearly cost"
wait_for "2,080.00"
wait_for "Assumed, not given by you"
ok "a new estimate: the short route, typing replaces a suggestion, assumed figures said"
t send-keys -t ci C-c
wait_for "EXITED 130"

# 4. A scenario opened on the dashboard. Plan type none, so (by hand):
#    in network 10 × $100 = $1,000; out of network 10 × $150 = $1,500;
#    concierge 8 × ($200 + $20) = $1,760.
start 120 40 "$bin" testdata/tui/cash-only.yaml
wait_for "1,000.00"
wait_for "1,500.00"
wait_for "1,760.00"
ok "dashboard shows the three net costs"
#    + adds a visit to every option: $1,100; $1,650; 9 × $220 = $1,980.
t send-keys -t ci +
wait_for "1,100.00"
wait_for "1,650.00"
wait_for "1,980.00"
ok "+ recomputes every option"
#    Resize to a laptop terminal and back: still readable.
t resize-window -t ci -x 80 -y 24
sleep 0.5
wait_for "1,100.00"
wait_for "lowest yearly cost"
t resize-window -t ci -x 120 -y 40
sleep 0.5
wait_for "1,980.00"
ok "follows a resize to 80×24 and back"
t send-keys -t ci q
wait_for "EXITED 0"
wait_for "kept them as an unfinished draft"
ok "q quits the dashboard, keeping the unsaved + as the file's draft"
#    The next start lists the file with its draft among the recent files
#    ("Open a scenario file", the first line); opened, it offers the draft;
#    resumed and compared, it shows the same figures: 9 × $220 = $1,980.
start 80 24 "$bin"
wait_for "Open a scenario file"
t send-keys -t ci Down Down Enter
wait_for "unfinished draft"
t send-keys -t ci Enter
wait_for "Resume the unfinished draft"
t send-keys -t ci Enter
wait_for "Review your answers"
t send-keys -t ci c
wait_for "1,980.00"
t send-keys -t ci q
wait_for "EXITED 0"
ok "the file's draft, offered when the file is opened from the recent files, shows the same figures"

# 5. ctrl+c leaves with status 130 and the terminal restored. The file
#    still has its draft (compared, not saved): opened as it is saved.
start 80 24 "$bin" testdata/tui/cash-only.yaml
wait_for "Open cash-only.yaml as it is saved"
t send-keys -t ci Down Enter
wait_for "1,000.00"
t send-keys -t ci C-c
wait_for "EXITED 130"
ok "ctrl+c exits 130"
