/* ch-text-index.h: an index of words for free-text search over many texts
 *
 * Copyright 2026 The Chancery authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/**
 * ChTextIndexGetFunc:
 * @data: the caller's data
 * @i: a text's number
 *
 * Returns: (nullable): the @i-th text, as it is (not casefolded)
 */
typedef const char *(*ChTextIndexGetFunc) (gpointer data,
                                           guint    i);

typedef struct _ChTextIndex ChTextIndex;

void          ch_text_fold_append      (GString            *out,
                                        const char         *text);

ChTextIndex  *ch_text_index_new        (ChTextIndexGetFunc  get,
                                        gpointer            data,
                                        guint               n_texts,
                                        GCancellable       *cancellable);
void          ch_text_index_free       (ChTextIndex        *index);
guint         ch_text_index_get_n_texts (ChTextIndex       *index);
guint         ch_text_index_get_n_words (ChTextIndex       *index);
gsize         ch_text_index_get_size   (ChTextIndex        *index);
void          ch_text_index_search     (ChTextIndex        *index,
                                        const char         *needle,
                                        ChTextIndexGetFunc  get,
                                        gpointer            data,
                                        guint64            *words);
void          ch_text_scan             (const char         *needle,
                                        ChTextIndexGetFunc  get,
                                        gpointer            data,
                                        guint               n_texts,
                                        guint64            *words);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ChTextIndex, ch_text_index_free)

G_END_DECLS
