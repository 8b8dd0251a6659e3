/* ch-extract.h: document -> entities -> events
 *
 * Copyright 2026 The Chancery authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ch-document.h"
#include "ch-event.h"

G_BEGIN_DECLS

#define CH_TYPE_EXTRACTOR (ch_extractor_get_type ())

G_DECLARE_FINAL_TYPE (ChExtractor, ch_extractor, CH, EXTRACTOR, GObject)

ChExtractor *ch_extractor_new                (GError      **error);
ChExtractor *ch_extractor_new_with_gazetteer (ChGazetteer  *gazetteer);
GPtrArray   *ch_extractor_extract            (ChExtractor  *self,
                                              ChDocument   *document);

G_END_DECLS
