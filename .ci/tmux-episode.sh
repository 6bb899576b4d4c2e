# A real episode in a real terminal (issue 12), sourced by .ci/tmux-test.sh
# after its own checks. Uses its helpers (start, wait_for, screen, t, ok) and
# $bin. The figures are worked by hand from the examples (docs/cost-rules.md:
# visits twice a week fall on Monday and Thursday from a Monday).

# 10. estimate prints a dated episode's and a range's sections.
#     examples/december-reset.yaml: the first visit Monday 7 December 2026;
#     in network and out of network twice a week, visits 1–8 in December
#     (Dec 7 … 31), visit 9 on 4 January 2027; the concierge weekly, visit 5
#     on 4 January. December in network: the deductible met, 8 × 20 % of
#     $100 = $160.00; out of network 8 × $175 = $1,400.00 (its $3,000
#     deductible is never met); the concierge 4 × ($225 + $25) = $1,000.00.
start 100 70 "$bin" estimate examples/december-reset.yaml
wait_for "EXITED 0"
wait_for "Dates and the plan-year reset"
wait_for "New plan year from                 visit 9           visit 9           visit 5"
wait_for "Out of pocket 2026                 \$160.00         \$1,400.00         \$1,000.00"
#     examples/ranged-six-to-twelve-weeks.yaml at its fewest, 12 visits: in
#     network the $1,000 deductible from 10 × $100, then 2 × 20 % of $100:
#     $1,040.00; out of network 12 × $80 = $960.00; the concierge 6 × $250 =
#     $1,500.00. Out of network stays cheaper while 80 n < 1,000 + 20 (n −
#     10): up to 13 visits.
start 100 70 "$bin" estimate examples/ranged-six-to-twelve-weeks.yaml
wait_for "EXITED 0"
wait_for "If the number of visits is not known"
wait_for "At 12 visits (fewest)            \$1,040.00           \$960.00         \$1,500.00"
wait_for "Up to 13 visits the out-of-network provider costs least; past 13 visits the"
ok "estimate: the dates and the reset, and a range of visits, with their figures"

# 11. The money by month on a laptop terminal: examples/december-reset.yaml at
#     80×24, m, then the out-of-network provider (figures as in 10). January
#     2027 in network: 8 visits (Jan 4 … 28) under the new $1,750
#     deductible, 8 × $100 = $800.00; out of network $1,400.00 again; the
#     concierge 4 × $250 = $1,000.00 (Jan 4 … 25).
start 80 24 "$bin" examples/december-reset.yaml
wait_for "lowest yearly cost"
wait_for "m months"
t send-keys -t ci m
wait_for "Money by month · In-network clinic (1 of 3)"
screen | grep -qE '^Dec 2026 you pay █+ +\$160\.00 *$' ||
  { echo "FAIL: the in-network December bar and figure" >&2; screen >&2; exit 1; }
t send-keys -t ci Right
wait_for "Money by month · Out-of-network provider (2 of 3)"
screen | grep -qE '^Dec 2026 you pay █+ +\$1,400\.00 *$' ||
  { echo "FAIL: the out-of-network December bar and figure" >&2; screen >&2; exit 1; }
wait_for "Jan 2027    \$800.00          -  \$1,400.00          -  \$1,000.00          -"
ok "m: the money by month at 80×24, read from the screen"
#     esc: back on the comparison, on the option last shown; > starts a week
#     later (Monday 14 December): in network 6 × $20 = $120 in 2026, then 17
#     × $100 + the last $50 of the deductible + 20 % of $50 = $1,760 in 2027;
#     the FSA's tax savings (29.65 % of $120, then of $1,760) $557.42: net
#     $1,880 − $557.42 = $1,322.58.
t send-keys -t ci Escape
wait_for "▸ Out-of-network provider"
t send-keys -t ci '>'
wait_for "1,322.58"
wait_for "what-if · not saved"
t send-keys -t ci q
wait_for "EXITED 0"
wait_for "kept them as an unfinished draft"
ok "> moves the first visit a week later, and q keeps it as the draft"
