// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace b2x {
struct Stage;
}

namespace b2x::analytics {

/// The triangular distribution of one pipeline stage's duration (min ≤ likely ≤ max, in days),
/// with its closed forms. The sales-cycle model is built from these.
struct Triangular {
    double min = 0;
    double likely = 0;
    double max = 0;

    /// A well-formed distribution from possibly unordered or non-finite input: non-finite and
    /// negative values become 0, min and max are the smallest and largest of the three, and
    /// likely is clamped between them.
    static Triangular sanitised(double min, double likely, double max);
    /// A pipeline stage's duration: sanitised(min, likely, max days). Every model and view that
    /// needs a stage's mean time calls this, so they all agree with the sales-cycle model.
    static Triangular of(const Stage& stage);

    double width() const { return max - min; }
    bool degenerate() const { return !(max > min); }
    double mean() const { return (min + likely + max) / 3.0; }
    /// P(X ≤ x).
    double cdf(double x) const;
    /// The p-quantile, 0 ≤ p ≤ 1 (closed form).
    double quantile(double p) const;
    /// E[(x − X)+] = ∫ cdf from −∞ to x, a piecewise cubic; the discretisation uses it to
    /// place probability on a grid without moving the mean.
    double integratedCdf(double x) const;
};

} // namespace b2x::analytics
