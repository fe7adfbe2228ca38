// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Persona.h"

#include <array>
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace b2x::budget {

/// The inputs that vary (docs/models.md, "Uncertainty"): the evidence fields the outputs depend
/// on, in this order. All stages' conversion rates vary together, and so do all durations.
inline constexpr std::array<EvidenceField, 8> uncertainInputs{
    EvidenceField::Price,
    EvidenceField::MonthlySpend,
    EvidenceField::MonthlyVolume,
    EvidenceField::ConversionRates,
    EvidenceField::StageDurations,
    EvidenceField::GrossMargin,
    EvidenceField::PurchasesPerYear,
    EvidenceField::Lifetime,
};

/// The default spread of a confidence, in percent either side: assumed 50, benchmark 25,
/// measured 10.
double defaultSpreadPercent(Confidence confidence);

/// The spread of one input (0–100 percent): the evidence's rangePercent, else its confidence's
/// default; an input without evidence counts as assumed.
double spreadPercent(const Persona& persona, EvidenceField field);

/// The inverse CDF of the symmetric triangular distribution on [−1, 1] with its mode at 0
/// (u in [0, 1]). Written out, so every standard library gives the same draws.
double symmetricTriangularQuantile(double u);

/// The outputs of one evaluation of the models.
struct UncertainOutcome {
    double customersPerMonth = 0;
    std::optional<double> cac;
    double clv = 0;
    std::optional<double> clvToCac;
    std::optional<double> paybackMonths;
    std::optional<double> monthsTo50Percent;
};

/// The persona's models with each input multiplied by a factor (1 + spread × t, then clamped to
/// the input's valid range). Built once per persona; evaluate() is cheap (no allocation beyond
/// the funnel's stage list), so Monte Carlo runs and tornado bars call it many times. One object
/// is for one thread at a time.
class UncertaintyModel {
public:
    explicit UncertaintyModel(const Persona& persona);
    ~UncertaintyModel();
    UncertaintyModel(const UncertaintyModel&) = delete;
    UncertaintyModel& operator=(const UncertaintyModel&) = delete;

    /// The spread of each input of uncertainInputs, as a fraction (0.5 = ±50%).
    const std::array<double, uncertainInputs.size()>& spreads() const { return m_spreads; }
    /// Outputs with input i multiplied by factors[i].
    UncertainOutcome evaluate(const std::array<double, uncertainInputs.size()>& factors) const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
    std::array<double, uncertainInputs.size()> m_spreads{};
};

/// p10, p50, p90 (linear interpolation between order statistics) and mean of one output over
/// the runs where it is defined; empty when it is defined in none.
struct OutputRange {
    std::optional<double> p10;
    std::optional<double> p50;
    std::optional<double> p90;
    std::optional<double> mean;
    std::size_t definedRuns = 0;
};

/// The p-quantile (0 ≤ p ≤ 1) of sorted values, interpolating between order statistics
/// (Hyndman and Fan's type 7, R's default); empty for no values.
std::optional<double> sortedQuantile(const std::vector<double>& sorted, double p);

/// How one output spreads over the runs where it is defined: `counts.size()` equal bins from
/// `lower` (the runs' p1) to `upper()` (their p99), and the runs below and above that range
/// counted apart, so one wild run does not squash the picture. A bin holds the runs from its
/// lower edge up to (not including) the next one; the last bin includes `upper()`. Empty (no
/// bins, nothing counted) when the output is defined in no run.
struct Histogram {
    double lower = 0;                ///< the first bin's lower edge
    double binWidth = 0;             ///< > 0 whenever there are bins
    std::vector<std::size_t> counts; ///< runs in each bin, lowest bin first
    std::size_t below = 0;           ///< runs below `lower`
    std::size_t above = 0;           ///< runs above `upper()`

    bool empty() const { return counts.empty(); }
    double lowerEdge(std::size_t bin) const { return lower + binWidth * static_cast<double>(bin); }
    double upper() const { return lowerEdge(counts.size()); }
    /// Every run counted: the bins, below and above.
    std::size_t total() const;
};

/// The bins of a histogram (30 unless said otherwise).
inline constexpr int histogramBins = 30;

/// The histogram of sorted values (ascending): `bins` (1 – 1,000) equal bins from their p1 to their
/// p99. When those are equal (every run gave the same value), the bins are centred on it, ±5% of
/// it (±0.05 around 0). Non-finite values count below or above; empty for no values.
Histogram histogramOf(const std::vector<double>& sorted, int bins = histogramBins);

struct MonteCarloOptions {
    int runs = 10000;       ///< 1 – 1,000,000
    std::uint64_t seed = 1; ///< the same seed gives the same result on every machine
    /// Checked between runs; when set, the runs so far are summarised and `cancelled` is set.
    const std::atomic<bool>* cancel = nullptr;
    /// Called now and then from the running thread with (runs done, runs asked for).
    std::function<void(int done, int total)> progress;
};

struct MonteCarloResult {
    int runs = 0; ///< runs done
    bool cancelled = false;
    OutputRange customersPerMonth;
    OutputRange cac;
    OutputRange clv;
    OutputRange clvToCac;
    OutputRange paybackMonths;
    OutputRange monthsTo50Percent;
    /// CLV:CAC over the runs where it is defined (counts add up to clvToCac.definedRuns).
    Histogram clvToCacHistogram;
    /// Share of runs whose CLV:CAC is at least 3 (a run where it is not defined does not count).
    double probabilityClvToCacAtLeast3 = 0;
};

/// Seeded Monte Carlo through the persona's models (docs/models.md, "Uncertainty"): each run
/// draws every input from its symmetric triangular distribution. Safe to call on any thread.
MonteCarloResult runMonteCarlo(const Persona& persona, const MonteCarloOptions& options = {});

/// One input alone at its low and high value, the others at their values.
struct TornadoBar {
    EvidenceField input = EvidenceField::Price;
    double spreadPercent = 0;
    std::optional<double> clvToCacLow;  ///< with the input at value × (1 − spread)
    std::optional<double> clvToCacHigh; ///< with the input at value × (1 + spread)
    double swing = 0;                   ///< |high − low| of CLV:CAC (0 where not defined)
    std::optional<double> cacLow;
    std::optional<double> cacHigh;
    double cacSwing = 0;
};

/// The bars of every input with a spread, largest CLV:CAC swing first (then largest CAC swing,
/// then the order of uncertainInputs).
std::vector<TornadoBar> tornado(const Persona& persona);

} // namespace b2x::budget
