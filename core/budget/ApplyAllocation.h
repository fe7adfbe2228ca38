// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "budget/Allocator.h"
#include "model/ChannelCatalogue.h"
#include "model/Persona.h"

namespace b2x::budget {

/// The persona with an allocation's proposal written in, as the Budget view's Apply saves it
/// (docs/models.md, "Applying a proposal"):
/// - the monthly spend and each allocated channel's budget share (spend outside the listed
///   channels, shares short of 100%, stays what it is);
/// - each allocated channel's response curve pinned where the proposal put it: the half-saturation
///   spend and slope it was computed with, and the entries it expects at the new spend. Without
///   this the default curve, which is drawn through today's spend, would move with the spend, and
///   a second proposal would ask for more of what the first one just gave;
/// - the persona's monthly volume moved by the entries the proposal expects to gain or lose, so
///   the funnel, CAC and time to revenue show the proposal's outcome.
/// A persona the allocation does not cover, or an allocation with nothing to spend, comes back
/// unchanged.
Persona withAllocation(const Persona& persona, const Allocation& allocation,
                       const ChannelCatalogue& catalogue);

} // namespace b2x::budget
