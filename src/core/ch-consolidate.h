/* ch-consolidate.h: raw events of many documents -> the corpus's events
 *
 * Copyright 2026 The Chancery authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ch-alias.h"
#include "ch-event.h"

G_BEGIN_DECLS

GPtrArray *ch_consolidate (GPtrArray *raw_events,
                           ChAliases *aliases);

G_END_DECLS
