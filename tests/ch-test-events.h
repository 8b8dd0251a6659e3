/* ch-test-events.h: generated events for window tests and benchmarks
 *
 * Copyright 2026 The Chancery authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ch-event.h"

G_BEGIN_DECLS

GPtrArray *ch_test_make_events (guint n,
                                guint seed);

G_END_DECLS
