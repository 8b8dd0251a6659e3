/* ch-reader.h: an event's source text with its entities highlighted
 *
 * Copyright 2026 The Chancery authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ch-alias.h"
#include "ch-event.h"

G_BEGIN_DECLS

#define CH_TYPE_READER (ch_reader_get_type ())

G_DECLARE_FINAL_TYPE (ChReader, ch_reader, CH, READER, GtkWidget)

GtkWidget           *ch_reader_new              (void);
ChEvent             *ch_reader_get_event        (ChReader            *self);
void                 ch_reader_set_event        (ChReader            *self,
                                                 ChEvent             *event);
GListModel          *ch_reader_get_model        (ChReader            *self);
void                 ch_reader_set_model        (ChReader            *self,
                                                 GListModel          *model);
ChAliases           *ch_reader_get_aliases      (ChReader            *self);
void                 ch_reader_set_aliases      (ChReader            *self,
                                                 ChAliases           *aliases);
const char * const  *ch_reader_get_hidden_kinds (ChReader            *self);
void                 ch_reader_set_hidden_kinds (ChReader            *self,
                                                 const char * const  *hidden_kinds);

G_END_DECLS
