/* ch-xml.h: libxml2 set up once for untrusted input
 *
 * Copyright 2026 The Chancery authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

void ch_xml_init (void);

G_END_DECLS
