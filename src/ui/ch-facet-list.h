/* ch-facet-list.h: one facet's values with live counts, as check boxes
 *
 * Copyright 2026 The Chancery authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ch-filter.h"

G_BEGIN_DECLS

#define CH_TYPE_FACET_LIST (ch_facet_list_get_type ())

G_DECLARE_FINAL_TYPE (ChFacetList, ch_facet_list, CH, FACET_LIST, GtkWidget)

GtkWidget *ch_facet_list_new             (ChFilter    *filter,
                                          ChFacet      facet);
ChFacet    ch_facet_list_get_facet       (ChFacetList *self);
guint      ch_facet_list_get_n_rows      (ChFacetList *self);
void       ch_facet_list_set_search_text (ChFacetList *self,
                                          const char  *text);
gboolean   ch_facet_list_get_expanded    (ChFacetList *self);
void       ch_facet_list_set_expanded    (ChFacetList *self,
                                          gboolean     expanded);

G_END_DECLS
