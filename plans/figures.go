package plans

import (
	"slices"
	"strconv"
	"strings"

	"github.com/carecost/carecost/calc"
)

// The reference figures of docs/spec/reference-figures.md, as dated data: every value
// carries its plan year, its unit and the document it comes from, and a
// figure the docs have not read in its primary source is flagged Unconfirmed
// (shown to the user as an assumption, never as a fact). A figure a year does
// not have ("—" in the tables) is simply absent for that year; Figure falls
// back to the newest earlier year that has it and says so.

// FigureName identifies one reference figure. Figures with a self-only and a
// family value have one name for each tier (see ForCoverage).
type FigureName string

// The figures carecost carries.
const (
	ACAOOPMaxSelf           FigureName = "aca_oop_max_self"
	ACAOOPMaxFamily         FigureName = "aca_oop_max_family"
	HDHPMinDeductibleSelf   FigureName = "hdhp_min_deductible_self"
	HDHPMinDeductibleFamily FigureName = "hdhp_min_deductible_family"
	HDHPOOPMaxSelf          FigureName = "hdhp_oop_max_self"
	HDHPOOPMaxFamily        FigureName = "hdhp_oop_max_family"
	HSALimitSelf            FigureName = "hsa_limit_self"
	HSALimitFamily          FigureName = "hsa_limit_family"
	HSACatchUp              FigureName = "hsa_catch_up"
	FSASalaryReductionLimit FigureName = "fsa_salary_reduction_limit"
	FSACarryover            FigureName = "fsa_carryover"
	MedicalMileageRate      FigureName = "irs_medical_mileage_rate"
	FICAEmployee            FigureName = "fica_employee"
	SocialSecurityWageBase  FigureName = "social_security_wage_base"
	// The federal income-tax rates the walk-through offers as brackets for
	// the tax an HSA or FSA saves (10 % and the top rates leave little to
	// compare; another rate can be typed).
	IncomeTax12 FigureName = "federal_income_tax_12"
	IncomeTax22 FigureName = "federal_income_tax_22"
	IncomeTax24 FigureName = "federal_income_tax_24"
	IncomeTax32 FigureName = "federal_income_tax_32"

	PartBPremium            FigureName = "medicare_part_b_premium"
	PartBDeductible         FigureName = "medicare_part_b_deductible"
	PartBCoinsurance        FigureName = "medicare_part_b_coinsurance"
	KXThresholdPTSpeech     FigureName = "medicare_kx_threshold_pt_slp"
	KXThresholdOT           FigureName = "medicare_kx_threshold_ot"
	MedicalReviewThreshold  FigureName = "medicare_targeted_review_threshold"
	NonParticipatingAllowed FigureName = "medicare_nonparticipating_allowed"
	LimitingCharge          FigureName = "medicare_limiting_charge"
	ConversionFactor        FigureName = "medicare_conversion_factor"
	ConversionFactorAPM     FigureName = "medicare_conversion_factor_apm"
)

// Unit says how a FigureValue's Value is to be read.
type Unit int

// Units of the figures.
const (
	UnitDollars         Unit = iota // Value is cents
	UnitDollarsPerMonth             // Value is cents a month
	UnitPercent                     // Value is basis points
	UnitCentsPerMile                // Value is tenths of a cent a mile (20.5¢ = 205)
	UnitDollarsFine                 // Value is ten-thousandths of a dollar ($33.4009 = 334009)
)

// FigureValue is one figure as used for one year.
type FigureValue struct {
	Name  FigureName
	Label string // what it is, in words: "ACA in-network out-of-pocket maximum (self-only)"
	Unit  Unit
	Value int64 // in the Unit's smallest step; see Amount and Rate
	// Year is the plan year of the figure actually used; Asked the year that
	// was asked for (the newest year carried when the scenario has none).
	// They differ when the figure fell back to another year.
	Year, Asked int
	Source      string // the document it comes from
	Note        string // what to know about this year's value, if anything
	// Unconfirmed: not yet read in the primary source; an assumption.
	Unconfirmed bool
}

// Amount is the figure as money (UnitDollars, UnitDollarsPerMonth).
func (v FigureValue) Amount() calc.Cents { return calc.Cents(v.Value) }

// Rate is the figure as a percentage (UnitPercent).
func (v FigureValue) Rate() calc.BasisPoints { return calc.BasisPoints(v.Value) }

// FellBack reports whether the figure is from another year than the one asked.
func (v FigureValue) FellBack() bool { return v.Year != v.Asked }

// String formats the value in its unit: "$10,600.00", "$202.90 a month",
// "7.65 %", "20.5¢ a mile", "$33.4009".
func (v FigureValue) String() string {
	switch v.Unit {
	case UnitDollarsPerMonth:
		return calc.Cents(v.Value).String() + " a month"
	case UnitPercent:
		return calc.BasisPoints(v.Value).String() + " %"
	case UnitCentsPerMile:
		s := strconv.FormatInt(v.Value/10, 10)
		if r := v.Value % 10; r != 0 {
			s += "." + strconv.FormatInt(r, 10)
		}
		return s + "¢ a mile"
	case UnitDollarsFine:
		frac := strconv.FormatInt(10000+v.Value%10000, 10)[1:]
		return "$" + strconv.FormatInt(v.Value/10000, 10) + "." + frac
	}
	return calc.Cents(v.Value).String()
}

// Describe is the value with its year and source, as a screen shows a
// figure: "$2,480.00 (2026, CMS Physician Fee Schedule final rule for 2026;
// an assumption: figure from several billing references, …)". A value that
// fell back says so: "(2026 figure; 2027 not yet published; …)".
func (v FigureValue) Describe() string {
	var b strings.Builder
	b.WriteString(v.String())
	b.WriteString(" (")
	b.WriteString(strconv.Itoa(v.Year))
	switch {
	case v.Asked > v.Year:
		b.WriteString(" figure; " + strconv.Itoa(v.Asked) + " not yet published")
	case v.Asked != 0 && v.Asked < v.Year:
		b.WriteString(" figure; " + strconv.Itoa(v.Asked) + " not carried")
	}
	b.WriteString(", " + v.Source)
	if v.Unconfirmed {
		b.WriteString("; an assumption")
		if v.Note != "" {
			b.WriteString(": " + v.Note)
		}
	} else if v.Note != "" {
		b.WriteString("; " + v.Note)
	}
	b.WriteString(")")
	return b.String()
}

// datedValue is one year's value of a figure.
type datedValue struct {
	year        int
	value       int64
	source      string
	unconfirmed bool
	note        string
}

// figure is a figure's definition and every year carried.
type figure struct {
	label string
	unit  Unit
	years []datedValue // ascending by year
}

// Sources, spelled once.
const (
	srcACA2025  = "HHS Notice of Benefit and Payment Parameters for 2025"
	srcACA2026  = "HHS Notice of Benefit and Payment Parameters for 2026, as raised by the Marketplace Integrity and Affordability final rule of June 2025"
	srcACA2027  = "CMS release of 29 January 2026"
	srcIRSHSA25 = "IRS Rev. Proc. 2024-25"
	srcIRSHSA26 = "IRS Rev. Proc. 2025-19"
	srcIRSHSA27 = "IRS Rev. Proc. 2026-24"
	srcCatchUp  = "Internal Revenue Code §223(b)(3), statutory and not indexed"
	srcFSA25    = "IRS Rev. Proc. 2024-40"
	srcFSA26    = "IRS Rev. Proc. 2025-32"
	srcMile25   = "IRS Notice 2025-5"
	srcMile26   = "IRS Notice 2026-10"
	srcFICA     = "IRS Topic 751"
	srcTax25    = "IRS Rev. Proc. 2024-40 (tax rate tables for 2025)"
	srcTax26    = "IRS Rev. Proc. 2025-32 (tax rate tables for 2026)"
	srcPartB    = "CMS fact sheet \"Medicare Parts A & B Premiums and Deductibles\""
	srcCoins    = "medicare.gov, physical therapy services"
	srcKX25     = "CMS Physician Fee Schedule final rule for 2025"
	srcKX26     = "CMS Physician Fee Schedule final rule for 2026"
	srcReview   = "Medicare Benefit Policy Manual and MAC articles"
	srcNonPar   = "Medicare Claims Processing Manual"
	srcCF       = "CMS Physician Fee Schedule final rule"
)

// Notes of particular years' values.
const (
	kxNote     = "figure from several billing references, not yet read in the CMS text itself"
	reviewNote = "in force until 2028"
)

func dollars(d int64) int64 { return d * 100 }

// figures is the table of docs/spec/reference-figures.md. Keep it in the order of that
// page; a test checks every year is ascending.
var figures = map[FigureName]figure{
	ACAOOPMaxSelf: {"ACA in-network out-of-pocket maximum (self-only)", UnitDollars, []datedValue{
		{2025, dollars(9200), srcACA2025, false, ""}, {2026, dollars(10600), srcACA2026, false, ""}, {2027, dollars(12000), srcACA2027, false, ""}}},
	ACAOOPMaxFamily: {"ACA in-network out-of-pocket maximum (family)", UnitDollars, []datedValue{
		{2025, dollars(18400), srcACA2025, false, ""}, {2026, dollars(21200), srcACA2026, false, ""}, {2027, dollars(24000), srcACA2027, false, ""}}},
	HDHPMinDeductibleSelf: {"IRS minimum deductible of an HSA-qualified plan (self-only)", UnitDollars, []datedValue{
		{2025, dollars(1650), srcIRSHSA25, false, ""}, {2026, dollars(1700), srcIRSHSA26, false, ""}, {2027, dollars(1750), srcIRSHSA27, false, ""}}},
	HDHPMinDeductibleFamily: {"IRS minimum deductible of an HSA-qualified plan (family)", UnitDollars, []datedValue{
		{2025, dollars(3300), srcIRSHSA25, false, ""}, {2026, dollars(3400), srcIRSHSA26, false, ""}, {2027, dollars(3500), srcIRSHSA27, false, ""}}},
	HDHPOOPMaxSelf: {"IRS out-of-pocket maximum of an HSA-qualified plan (self-only)", UnitDollars, []datedValue{
		{2025, dollars(8300), srcIRSHSA25, false, ""}, {2026, dollars(8500), srcIRSHSA26, false, ""}, {2027, dollars(8700), srcIRSHSA27, false, ""}}},
	HDHPOOPMaxFamily: {"IRS out-of-pocket maximum of an HSA-qualified plan (family)", UnitDollars, []datedValue{
		{2025, dollars(16600), srcIRSHSA25, false, ""}, {2026, dollars(17000), srcIRSHSA26, false, ""}, {2027, dollars(17400), srcIRSHSA27, false, ""}}},
	HSALimitSelf: {"HSA contribution limit (self-only)", UnitDollars, []datedValue{
		{2025, dollars(4300), srcIRSHSA25, false, ""}, {2026, dollars(4400), srcIRSHSA26, false, ""}, {2027, dollars(4500), srcIRSHSA27, false, ""}}},
	HSALimitFamily: {"HSA contribution limit (family)", UnitDollars, []datedValue{
		{2025, dollars(8550), srcIRSHSA25, false, ""}, {2026, dollars(8750), srcIRSHSA26, false, ""}, {2027, dollars(9000), srcIRSHSA27, false, ""}}},
	HSACatchUp: {"HSA catch-up contribution at 55 or older", UnitDollars, []datedValue{
		{2025, dollars(1000), srcCatchUp, false, ""}, {2026, dollars(1000), srcCatchUp, false, ""}, {2027, dollars(1000), srcCatchUp, false, ""}}},
	FSASalaryReductionLimit: {"health FSA salary-reduction limit", UnitDollars, []datedValue{
		{2025, dollars(3300), srcFSA25, false, ""}, {2026, dollars(3400), srcFSA26, false, ""}}},
	FSACarryover: {"health FSA carryover limit", UnitDollars, []datedValue{
		{2025, dollars(660), srcFSA25, false, "for unused amounts of plan years beginning in 2025"},
		{2026, dollars(680), srcFSA26, false, "for unused amounts of plan years beginning in 2026"}}},
	MedicalMileageRate: {"IRS medical mileage rate", UnitCentsPerMile, []datedValue{
		{2025, 210, srcMile25, false, ""}, {2026, 205, srcMile26, false, ""}}},
	FICAEmployee: {"employee FICA rate (Social Security and Medicare)", UnitPercent, []datedValue{
		{2025, 765, srcFICA, false, ""}, {2026, 765, srcFICA, false, ""}, {2027, 765, srcFICA, false, ""}}},
	SocialSecurityWageBase: {"Social Security wage base", UnitDollars, []datedValue{
		{2026, dollars(184500), srcFICA, false, ""}}},
	IncomeTax12: {"federal income-tax rate of the 12 % bracket", UnitPercent, []datedValue{
		{2025, 1200, srcTax25, false, ""}, {2026, 1200, srcTax26, false, ""}}},
	IncomeTax22: {"federal income-tax rate of the 22 % bracket", UnitPercent, []datedValue{
		{2025, 2200, srcTax25, false, ""}, {2026, 2200, srcTax26, false, ""}}},
	IncomeTax24: {"federal income-tax rate of the 24 % bracket", UnitPercent, []datedValue{
		{2025, 2400, srcTax25, false, ""}, {2026, 2400, srcTax26, false, ""}}},
	IncomeTax32: {"federal income-tax rate of the 32 % bracket", UnitPercent, []datedValue{
		{2025, 3200, srcTax25, false, ""}, {2026, 3200, srcTax26, false, ""}}},

	PartBPremium: {"Medicare Part B standard premium", UnitDollarsPerMonth, []datedValue{
		{2025, 18500, srcPartB, false, ""}, {2026, 20290, srcPartB, false, ""}}},
	PartBDeductible: {"Medicare Part B deductible", UnitDollars, []datedValue{
		{2025, dollars(257), srcPartB, false, ""}, {2026, dollars(283), srcPartB, false, ""}}},
	PartBCoinsurance: {"Medicare Part B coinsurance after the deductible", UnitPercent, []datedValue{
		{2025, 2000, srcCoins, false, ""}, {2026, 2000, srcCoins, false, ""}}},
	KXThresholdPTSpeech: {"Medicare KX threshold for physical and speech therapy combined", UnitDollars, []datedValue{
		{2025, dollars(2410), srcKX25, false, ""}, {2026, dollars(2480), srcKX26, true, kxNote}}},
	KXThresholdOT: {"Medicare KX threshold for occupational therapy", UnitDollars, []datedValue{
		{2025, dollars(2410), srcKX25, false, ""}, {2026, dollars(2480), srcKX26, true, kxNote}}},
	MedicalReviewThreshold: {"Medicare targeted medical review threshold for therapy", UnitDollars, []datedValue{
		{2025, dollars(3000), srcReview, false, reviewNote}, {2026, dollars(3000), srcReview, false, reviewNote},
		{2027, dollars(3000), srcReview, false, reviewNote}}},
	NonParticipatingAllowed: {"Medicare allowed amount for a non-participating provider, as a share of the fee schedule", UnitPercent, []datedValue{
		{2025, 9500, srcNonPar, false, ""}, {2026, 9500, srcNonPar, false, ""}}},
	LimitingCharge: {"Medicare limiting charge, as a share of the non-participating allowed amount", UnitPercent, []datedValue{
		{2025, 11500, srcNonPar, false, ""}, {2026, 11500, srcNonPar, false, ""}}},
	ConversionFactor: {"Medicare physician fee schedule conversion factor", UnitDollarsFine, []datedValue{
		{2025, 323465, srcCF + " for 2025", false, ""}, {2026, 334009, srcCF + " for 2026 (providers not in a qualifying APM, most therapists)", false, ""}}},
	ConversionFactorAPM: {"Medicare conversion factor for qualifying APM participants", UnitDollarsFine, []datedValue{
		{2026, 335675, srcCF + " for 2026", false, ""}}},
}

// Years carried by the figure tables, oldest first.
const (
	OldestYear = 2025
	NewestYear = 2027
)

// PlanYear is the year whose figures a scenario's plan year 1 uses: its
// own year; without one, with a first visit's date, the year in which
// plan year 1 (the plan year containing that date) begins, as federal
// limits are set for plan years beginning in a calendar year; else the
// newest year carried. A later plan year uses one more a year.
func PlanYear(s calc.Scenario) int {
	switch {
	case s.Year != 0:
		return s.Year
	case s.Care.StartDate.Valid():
		return FirstPlanYearBegins(s.Care.StartDate, s.Plan.YearStart)
	}
	return NewestYear
}

// FirstPlanYearBegins is the calendar year in which the plan year
// containing a first visit's date begins, for a plan year starting on
// yearStart (docs/cost-rules.md, "The reset"): the date's year, or the
// year before for a date before that year's start.
func FirstPlanYearBegins(start calc.Date, yearStart calc.MonthDay) int {
	if start.Before(yearStart.In(start.Year)) {
		return start.Year - 1
	}
	return start.Year
}

// Figure returns the figure name for year (0: the newest year carried). A
// figure the year does not have falls back to the newest earlier year that
// has it; a year older than every year carried uses the oldest one. Either
// way Year says which year was used and Asked which was asked. ok is false
// only for a name carecost does not carry.
func Figure(name FigureName, year int) (FigureValue, bool) {
	f, ok := figures[name]
	if !ok || len(f.years) == 0 {
		return FigureValue{}, false
	}
	if year == 0 {
		year = NewestYear
	}
	d := f.years[0] // older than every year carried: the oldest
	for _, y := range f.years {
		if y.year <= year {
			d = y
		}
	}
	return FigureValue{
		Name: name, Label: f.label, Unit: f.unit, Value: d.value,
		Year: d.year, Asked: year, Source: d.source, Note: d.note, Unconfirmed: d.unconfirmed,
	}, true
}

// ForCoverage picks the self-only or the family name of a figure.
func ForCoverage(self, family FigureName, c calc.Coverage) FigureName {
	if c == calc.Family {
		return family
	}
	return self
}

// FigureNames lists every figure carried, sorted.
func FigureNames() []FigureName {
	names := make([]FigureName, 0, len(figures))
	for n := range figures {
		names = append(names, n)
	}
	slices.Sort(names)
	return names
}

// FigureYears lists the years a figure is carried for, oldest first.
func FigureYears(name FigureName) []int {
	var ys []int
	for _, y := range figures[name].years {
		ys = append(ys, y.year)
	}
	return ys
}
