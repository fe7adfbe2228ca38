// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <optional>
#include <string_view>

namespace b2x {

/// The label the marketer gives an audience. The models measure behaviour separately
/// (see analytics), because the label and the behaviour often disagree.
enum class Label { B2B, B2C, Hybrid };

/// Roles in a decision-making unit (Webster & Wind 1972; Bonoma's initiator; Kotler's approver;
/// UK texts' specifier).
enum class Role { Initiator, User, Influencer, Specifier, Decider, Approver, Buyer, Gatekeeper };

/// A member's attitude towards the purchase (Miller Heiman / MEDDIC vocabulary).
enum class Stance { Champion, Neutral, Blocker };

/// Buy class (Robinson, Faris & Wind 1967).
enum class BuyClass { NewTask, ModifiedRebuy, StraightRebuy };

enum class AccountManagement { None, Pooled, Dedicated };
enum class Training { None, SelfServe, Guided };
enum class TechnicalSupport { None, Standard, Dedicated };
enum class ServiceLevel { None, Standard, Contractual };
enum class ReturnsPolicy { None, Standard, Generous };
enum class Personalisation { Mass, Segment, OneToOne };

/// How a customer pays (docs/models.md, "Revenue models"): one purchase (or a stated number of
/// purchases) per lifetime, repeat orders from retained customers, or a subscription.
enum class RevenueModel { OneOff, RepeatOrder, Subscription };

/// The period a subscription is billed in, or its churn rate is stated in.
enum class Period { Monthly, Annual };

/// What a custom channel's typical cost is counted per: a lead, or a thousand impressions.
enum class CostBasis { Lead, Thousand };

/// How much a key number can be trusted.
enum class Confidence { Assumed, Benchmark, Measured };

/// The key numbers of a persona that can carry evidence (a source and a confidence).
enum class EvidenceField {
    Price,
    MonthlySpend,
    MonthlyVolume,
    ConversionRates,
    StageDurations,
    DecisionUnitSize,
    GrossMargin,
    PurchasesPerYear,
    Lifetime,
};

/// Each enum's file spelling, in declaration order. The spellings are part of the file format
/// (docs/file-format.md) and never change once released; display names live in the UI.
template <typename E> struct EnumNames;

#define B2X_ENUM_NAMES(E, ...)                                                                     \
    template <> struct EnumNames<E> {                                                              \
        static constexpr auto names = std::to_array<std::string_view>({__VA_ARGS__});              \
    }

B2X_ENUM_NAMES(Label, "B2B", "B2C", "hybrid");
B2X_ENUM_NAMES(Role, "initiator", "user", "influencer", "specifier", "decider", "approver", "buyer",
               "gatekeeper");
B2X_ENUM_NAMES(Stance, "champion", "neutral", "blocker");
B2X_ENUM_NAMES(BuyClass, "newTask", "modifiedRebuy", "straightRebuy");
B2X_ENUM_NAMES(AccountManagement, "none", "pooled", "dedicated");
B2X_ENUM_NAMES(Training, "none", "selfServe", "guided");
B2X_ENUM_NAMES(TechnicalSupport, "none", "standard", "dedicated");
B2X_ENUM_NAMES(ServiceLevel, "none", "standard", "contractual");
B2X_ENUM_NAMES(ReturnsPolicy, "none", "standard", "generous");
B2X_ENUM_NAMES(Personalisation, "mass", "segment", "oneToOne");
B2X_ENUM_NAMES(RevenueModel, "oneOff", "repeatOrder", "subscription");
B2X_ENUM_NAMES(Period, "monthly", "annual");
B2X_ENUM_NAMES(CostBasis, "lead", "thousand");
B2X_ENUM_NAMES(Confidence, "assumed", "benchmark", "measured");
B2X_ENUM_NAMES(EvidenceField, "price", "monthlySpend", "monthlyVolume", "conversionRates",
               "stageDurations", "decisionUnitSize", "grossMargin", "purchasesPerYear", "lifetime");

#undef B2X_ENUM_NAMES

template <typename E> constexpr std::string_view toString(E value)
{
    return EnumNames<E>::names[static_cast<std::size_t>(value)];
}

template <typename E> constexpr std::optional<E> fromString(std::string_view text)
{
    const auto& names = EnumNames<E>::names;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (names[i] == text)
            return static_cast<E>(i);
    }
    return std::nullopt;
}

template <typename E> constexpr std::size_t enumCount()
{
    return EnumNames<E>::names.size();
}

} // namespace b2x
