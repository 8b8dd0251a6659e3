/* ch-locale.h: names and text direction in the user's language
 *
 * Copyright 2026 The Chancery authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

char     *ch_country_display_name   (const char *iso_code);
gboolean  ch_locale_is_rtl          (void);

G_END_DECLS
