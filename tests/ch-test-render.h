/* ch-test-render.h: render a widget to a PNG for a person to look at
 *
 * Copyright 2026 The Chancery authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void ch_test_save_png (GtkWidget  *widget,
                       const char *name);

G_END_DECLS
