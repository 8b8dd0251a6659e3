/* ch-test-ui.h: running the main loop and the application in window tests
 *
 * Copyright 2026 The Chancery authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ch-application.h"
#include "ch-window.h"

G_BEGIN_DECLS

gboolean  ch_test_pump_until        (gboolean      (*done) (gpointer data),
                                     gpointer        data);
void      ch_test_pump_for          (guint           ms);
ChWindow *ch_test_start_application (ChApplication **out_app);
void      ch_test_allow_unallocated_snapshots (void);

G_END_DECLS
