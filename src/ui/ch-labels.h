/* ch-labels.h: what the user reads for event types, topics and facets
 *
 * Copyright 2026 The Chancery authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ch-filter.h"

G_BEGIN_DECLS

const char *ch_label_for_country     (const char  *code);
const char *ch_label_for_type        (ChEventType  type);
const char *ch_label_for_type_slug   (const char  *slug);
const char *ch_label_for_topic       (const char  *slug);
const char *ch_label_for_facet       (ChFacet      facet);
const char *ch_label_for_value       (ChFacet      facet,
                                      const char  *value);
char       *ch_label_for_topics      (const char * const *slugs);
char       *ch_label_for_countries   (const char * const *codes);
char       *ch_label_for_date        (const ChDay *day);

G_END_DECLS
