/* ch-corpus.h: documents and events; a GListModel of ChEvent
 *
 * Copyright 2026 The Chancery authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ch-alias.h"
#include "ch-document.h"
#include "ch-event.h"

G_BEGIN_DECLS

#define CH_TYPE_CORPUS (ch_corpus_get_type ())

/* At most this many documents (with their events) are added to the corpus
 * in one main-loop iteration, with one items-changed, while importing. */
#define CH_CORPUS_IMPORT_BATCH 256

G_DECLARE_FINAL_TYPE (ChCorpus, ch_corpus, CH, CORPUS, GObject)

ChCorpus   *ch_corpus_new              (void);
guint       ch_corpus_get_n_documents  (ChCorpus            *self);
ChDocument *ch_corpus_get_document     (ChCorpus            *self,
                                        guint                position);
ChEvent    *ch_corpus_get_event        (ChCorpus            *self,
                                        guint                position);
void        ch_corpus_add_events       (ChCorpus            *self,
                                        ChEvent * const     *events,
                                        guint                n_events);
void        ch_corpus_clear            (ChCorpus            *self);

void        ch_corpus_import_async     (ChCorpus            *self,
                                        const char * const  *paths,
                                        GCancellable        *cancellable,
                                        GAsyncReadyCallback  callback,
                                        gpointer             user_data);
gboolean    ch_corpus_import_finish    (ChCorpus            *self,
                                        GAsyncResult        *result,
                                        GPtrArray          **failures,
                                        GError             **error);
gboolean    ch_corpus_import_sync      (ChCorpus            *self,
                                        const char * const  *paths,
                                        GCancellable        *cancellable,
                                        GPtrArray          **failures,
                                        GError             **error);

gboolean    ch_corpus_get_importing    (ChCorpus            *self);
double      ch_corpus_get_progress     (ChCorpus            *self);
guint       ch_corpus_get_n_files_done (ChCorpus            *self);
guint       ch_corpus_get_n_files_total (ChCorpus           *self);

ChAliases  *ch_corpus_get_aliases      (ChCorpus            *self);
void        ch_corpus_reconsolidate    (ChCorpus            *self);
void        ch_corpus_reconsolidate_async (ChCorpus         *self,
                                        const char * const  *splits,
                                        GCancellable        *cancellable,
                                        GAsyncReadyCallback  callback,
                                        gpointer             user_data);
gboolean    ch_corpus_reconsolidate_finish (ChCorpus        *self,
                                        GAsyncResult        *result,
                                        GError             **error);
char      **ch_corpus_dup_paths        (ChCorpus            *self);

G_END_DECLS
