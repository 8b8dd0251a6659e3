/* ch-corpus.h: documents and events; a GListModel of ChEvent
 *
 * Copyright 2026 The Chancery authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ch-document.h"
#include "ch-event.h"

G_BEGIN_DECLS

#define CH_TYPE_CORPUS (ch_corpus_get_type ())

G_DECLARE_FINAL_TYPE (ChCorpus, ch_corpus, CH, CORPUS, GObject)

ChCorpus   *ch_corpus_new             (void);
guint       ch_corpus_get_n_documents (ChCorpus            *self);
ChDocument *ch_corpus_get_document    (ChCorpus            *self,
                                       guint                position);
ChEvent    *ch_corpus_get_event       (ChCorpus            *self,
                                       guint                position);
void        ch_corpus_add_events      (ChCorpus            *self,
                                       ChEvent * const     *events,
                                       guint                n_events);
void        ch_corpus_clear           (ChCorpus            *self);

G_END_DECLS
