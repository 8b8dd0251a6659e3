/* ch-corpus.c
 *
 * Copyright 2026 The Chancery authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ch-corpus"

#include "config.h"

#include <string.h>

#include "ch-consolidate.h"
#include "ch-corpus.h"
#include "ch-extract.h"
#include "ch-import.h"

/*
 * ChCorpus owns the documents that were imported and the events that the
 * views show, and is the GListModel those views are built on. Items are
 * kept in one GPtrArray; every change is reported with a single
 * items-changed for the whole batch, so that a view never sees a half-added
 * batch and a million events cost one signal.
 *
 * Importing runs on worker threads: a GThreadPool with one thread per
 * processor first collects the files under the paths given, then takes
 * them one at a time: ch_import_file() -> ch_extractor_extract() with one
 * shared extractor. Workers never touch the corpus. They queue their
 * documents and raw events, and the counters of files done, under the
 * job's mutex, and schedule a single idle on the importing thread's main
 * context, which moves at most CH_CORPUS_IMPORT_BATCH documents per
 * iteration into the corpus (one items-changed each) and publishes the
 * progress properties. When every file is done the corpus consolidates all
 * raw events (one canonical name per person, one event per meeting however
 * many outlets report it) on a worker thread, working on copies so that the
 * views can go on reading the raw events meanwhile, and then swaps its
 * items for the result, again with one items-changed. The import's
 * callback runs after that.
 *
 * The corpus keeps the raw events so that a later import, or the user
 * splitting a merged spelling, can consolidate everything again. Events
 * given to ch_corpus_add_events() (generated ones, in benchmarks) are shown
 * as they are, after the consolidated ones.
 */

typedef struct _ImportJob ImportJob;

struct _ChCorpus
{
  GObject      parent_instance;

  GPtrArray   *documents;
  GPtrArray   *events;        /* the items: consolidated + added */
  GPtrArray   *raw_events;    /* what the extractor found, per document */
  GPtrArray   *added_events;  /* from ch_corpus_add_events() */
  GPtrArray   *paths;         /* the files and folders the user opened */
  ChAliases   *aliases;
  ChExtractor *extractor;     /* made by the first import, then shared */

  ImportJob   *job;           /* the running import */
  guint        generation;    /* of consolidations, to drop outdated ones */
  GQueue       waiting_jobs;  /* imports asked for while one was running */

  double       progress;
  guint        n_files_done;
  guint        n_files_total;
  guint        importing : 1;
};

typedef struct
{
  ChDocument *document;
  GPtrArray  *events;
} DocResult;

typedef struct
{
  char *path;     /* NULL for the item that collects the files */
} WorkItem;

struct _ImportJob
{
  /* Set before the workers start, then read-only */
  ChCorpus     *corpus;          /* borrowed; the task holds a reference */
  GTask        *task;            /* borrowed; the job is the task's data */
  GMainContext *context;
  GCancellable *cancellable;     /* ours; the caller's one cancels it */
  GCancellable *caller_cancellable;
  gulong        cancelled_id;
  char        **paths;
  ChExtractor  *extractor;       /* set by the collecting item if NULL */
  GThreadPool  *pool;

  /* Under mutex, shared with the workers */
  GMutex        mutex;
  GQueue        results;         /* DocResult */
  GPtrArray    *failures;        /* GError */
  GError       *fatal_error;
  guint         n_done;          /* files finished with, read or skipped */
  guint         n_read;          /* files read, whether or not they failed */
  guint         n_total;
  guint         collected : 1;
  guint         idle_scheduled : 1;

  /* Main thread only */
  guint         n_raw_added;
  guint         discard : 1;     /* the corpus was cleared meanwhile */
};

enum {
  PROP_0,
  PROP_N_ITEMS,
  PROP_N_DOCUMENTS,
  PROP_IMPORTING,
  PROP_PROGRESS,
  PROP_N_FILES_DONE,
  PROP_N_FILES_TOTAL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void list_model_iface_init   (GListModelInterface *iface);
static void start_job               (ImportJob           *job);
static void schedule_publish_locked (ImportJob           *job,
                                     gboolean             now);
static void consolidate_async       (ChCorpus            *self,
                                     ImportJob           *job);
static void finish_job              (ImportJob           *job);

G_DEFINE_FINAL_TYPE_WITH_CODE (ChCorpus, ch_corpus, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static void
doc_result_free (DocResult *result)
{
  g_clear_object (&result->document);
  g_clear_pointer (&result->events, g_ptr_array_unref);
  g_free (result);
}

static void
import_job_free (ImportJob *job)
{
  /* The pool is gone by now: complete_job() waited for its threads. */
  g_assert (job->pool == NULL);

  if (job->cancelled_id != 0)
    g_cancellable_disconnect (job->caller_cancellable, job->cancelled_id);
  g_clear_object (&job->caller_cancellable);
  g_clear_object (&job->cancellable);
  g_clear_pointer (&job->context, g_main_context_unref);
  g_clear_pointer (&job->paths, g_strfreev);
  g_clear_object (&job->extractor);
  g_queue_clear_full (&job->results, (GDestroyNotify) doc_result_free);
  g_clear_pointer (&job->failures, g_ptr_array_unref);
  g_clear_error (&job->fatal_error);
  g_mutex_clear (&job->mutex);
  g_free (job);
}

static void
replace_events (ChCorpus        *self,
                guint            position,
                guint            removed,
                ChEvent * const *added,
                guint            n_added)
{
  g_assert (CH_IS_CORPUS (self));
  g_assert (position + removed <= self->events->len);

  if (removed > 0)
    g_ptr_array_remove_range (self->events, position, removed);

  if (position == self->events->len)
    {
      g_ptr_array_set_size (self->events, position + n_added);
      for (guint i = 0; i < n_added; i++)
        self->events->pdata[position + i] = g_object_ref (added[i]);
    }
  else
    {
      for (guint i = 0; i < n_added; i++)
        g_ptr_array_insert (self->events, (int) (position + i), g_object_ref (added[i]));
    }

  if (removed > 0 || n_added > 0)
    {
      g_list_model_items_changed (G_LIST_MODEL (self), position, removed, n_added);
      if (removed != n_added)
        g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
    }
}

static void
set_importing (ChCorpus *self,
               gboolean  importing)
{
  g_assert (CH_IS_CORPUS (self));

  importing = !!importing;
  if (self->importing != importing)
    {
      self->importing = importing;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_IMPORTING]);
    }
}

static void
set_file_counts (ChCorpus *self,
                 guint     n_done,
                 guint     n_total)
{
  double progress;

  g_assert (CH_IS_CORPUS (self));

  progress = n_total > 0 ? (double) n_done / n_total : 0.0;

  g_object_freeze_notify (G_OBJECT (self));
  if (self->n_files_total != n_total)
    {
      self->n_files_total = n_total;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_FILES_TOTAL]);
    }
  if (self->n_files_done != n_done)
    {
      self->n_files_done = n_done;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_FILES_DONE]);
    }
  if (self->progress != progress)
    {
      self->progress = progress;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROGRESS]);
    }
  g_object_thaw_notify (G_OBJECT (self));
}

static void
add_path (ChCorpus   *self,
          const char *path)
{
  g_autofree char *absolute = NULL;

  g_assert (CH_IS_CORPUS (self));
  g_assert (path != NULL);

  /* Remembered to reopen the corpus later, so made independent of the
   * working directory. */
  absolute = g_canonicalize_filename (path, NULL);
  for (guint i = 0; i < self->paths->len; i++)
    if (strcmp (g_ptr_array_index (self->paths, i), absolute) == 0)
      return;
  g_ptr_array_add (self->paths, g_steal_pointer (&absolute));
}

static GError *
name_failure (const char   *path,
              const GError *error)
{
  g_assert (path != NULL);
  g_assert (error != NULL);

  /* The importers usually name the file already; make sure every message
   * does, since the user reads a list of them. */
  if (strstr (error->message, path) != NULL)
    return g_error_copy (error);

  return g_error_new (error->domain, error->code, "%s: %s", path, error->message);
}

static int
compare_events (gconstpointer a,
                gconstpointer b)
{
  ChEvent *ea = *(ChEvent **) a;
  ChEvent *eb = *(ChEvent **) b;
  int cmp = ch_event_compare (ea, eb);

  /* Workers hand documents over in any order and g_ptr_array_sort() is
   * not stable: break ties so that consolidation sees one order only. */
  if (cmp == 0)
    cmp = g_strcmp0 (ch_event_get_event_id (ea), ch_event_get_event_id (eb));
  if (cmp == 0)
    cmp = (int) ch_event_get_event_type (ea) - (int) ch_event_get_event_type (eb);
  return cmp;
}

/* Raw events are never changed once the extractor made them: consolidation
 * rewrites sources, reports and canonical names, so it works on copies.
 * That is what lets it run on a worker thread while the views read the raw
 * events, and lets every consolidation start again from what the documents
 * said. */
static ChEvent *
copy_event (ChEvent *src)
{
  ChEvent *event = ch_event_new ();

  g_assert (CH_IS_EVENT (src));

  ch_event_set_event_id (event, ch_event_get_event_id (src));
  ch_event_set_date (event, ch_event_get_date (src));
  ch_event_set_date_text (event, ch_event_get_date_text (src));
  ch_event_set_event_type (event, ch_event_get_event_type (src));
  ch_event_set_location (event, ch_event_get_location (src));
  ch_event_set_location_country (event, ch_event_get_location_country (src));
  ch_event_set_venue (event, ch_event_get_venue (src));
  ch_event_set_occasion (event, ch_event_get_occasion (src));
  ch_event_set_participants (event, ch_event_get_participants (src), ch_event_get_roles (src));
  ch_event_set_mentions (event, ch_event_get_mentions (src));
  ch_event_set_countries (event, ch_event_get_countries (src));
  ch_event_set_organizations (event, ch_event_get_organizations (src));
  ch_event_set_topics (event, ch_event_get_topics (src));
  ch_event_set_sources (event, ch_event_get_sources (src));
  ch_event_set_source_title (event, ch_event_get_source_title (src));
  ch_event_set_evidence (event, ch_event_get_evidence (src),
                         ch_event_get_evidence_start (src), ch_event_get_evidence_end (src));
  ch_event_set_confidence (event, ch_event_get_confidence (src));
  ch_event_set_dateline (event, ch_event_get_dateline (src));
  ch_event_set_reports (event, ch_event_get_reports (src));
  ch_event_set_document (event, ch_event_get_document (src));

  return event;
}

/* Any thread. Returns the consolidated events; *copies receives every copy
 * (the merged-away ones too), which the aliases were built from. */
static GPtrArray *
consolidate_copies (GPtrArray  *raw,
                    ChAliases  *aliases,
                    GPtrArray **copies)
{
  g_autoptr(GPtrArray) all = g_ptr_array_new_full (raw->len, g_object_unref);
  g_autoptr(GPtrArray) plain = g_ptr_array_new_full (raw->len, NULL);
  GPtrArray *result;

  g_assert (raw != NULL);
  g_assert (CH_IS_ALIASES (aliases));

  for (guint i = 0; i < raw->len; i++)
    g_ptr_array_add (all, copy_event (g_ptr_array_index (raw, i)));

  /* Workers finish in any order; sorting first makes the result the same
   * on every run. */
  g_ptr_array_sort (all, compare_events);

  /* Borrowed pointers and no free func: ch_consolidate() may copy the
   * array, and a copy keeps the free func. */
  for (guint i = 0; i < all->len; i++)
    g_ptr_array_add (plain, g_ptr_array_index (all, i));

  result = ch_consolidate (plain, aliases);
  g_ptr_array_sort (result, compare_events);

  if (copies != NULL)
    *copies = g_steal_pointer (&all);

  return result;
}

/* Shows @consolidated, the consolidation of the first @n_raw raw events,
 * then the raw events that came in since, then the added ones: one
 * items-changed. */
static void
install_consolidated (ChCorpus  *self,
                      GPtrArray *consolidated,
                      guint      n_raw)
{
  g_autoptr(GPtrArray) items = NULL;

  g_assert (CH_IS_CORPUS (self));
  g_assert (n_raw <= self->raw_events->len);

  items = g_ptr_array_new_full (consolidated->len + self->added_events->len, NULL);
  for (guint i = 0; i < consolidated->len; i++)
    g_ptr_array_add (items, g_ptr_array_index (consolidated, i));
  for (guint i = n_raw; i < self->raw_events->len; i++)
    g_ptr_array_add (items, g_ptr_array_index (self->raw_events, i));
  for (guint i = 0; i < self->added_events->len; i++)
    g_ptr_array_add (items, g_ptr_array_index (self->added_events, i));

  replace_events (self, 0, self->events->len, (ChEvent * const *) items->pdata, items->len);
}

typedef struct
{
  GPtrArray  *raw;          /* the raw events when it started, referenced */
  char      **splits;       /* the spellings the user split off */
  GPtrArray  *copies;
  GPtrArray  *result;
  ChAliases  *aliases;      /* built by the worker, swapped in after */
  guint       n_raw;
  guint       generation;
} Consolidation;

static void
consolidation_free (Consolidation *c)
{
  g_clear_pointer (&c->raw, g_ptr_array_unref);
  g_clear_pointer (&c->splits, g_strfreev);
  g_clear_pointer (&c->copies, g_ptr_array_unref);
  g_clear_pointer (&c->result, g_ptr_array_unref);
  g_clear_object (&c->aliases);
  g_free (c);
}

static void
consolidate_thread (GTask        *task,
                    gpointer      source_object,
                    gpointer      task_data,
                    GCancellable *cancellable)
{
  Consolidation *c = task_data;

  /* The corpus's own aliases are read by the views meanwhile: build
   * private ones with the same splits, which replace them afterwards. */
  c->aliases = ch_aliases_new ();
  for (guint i = 0; c->splits != NULL && c->splits[i] != NULL; i++)
    ch_aliases_split (c->aliases, c->splits[i]);

  c->result = consolidate_copies (c->raw, c->aliases, &c->copies);

  g_task_return_boolean (task, TRUE);
}

static void
finish_job (ImportJob *job)
{
  ChCorpus *self = job->corpus;
  g_autoptr(GTask) task = job->task;
  gboolean cancelled = g_cancellable_is_cancelled (job->cancellable);

  g_assert (CH_IS_CORPUS (self));
  g_assert (self->job == job);
  g_assert (job->pool == NULL);

  self->job = NULL;

  if (!job->discard && !cancelled && job->fatal_error == NULL && self->progress != 1.0)
    {
      self->progress = 1.0;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROGRESS]);
    }

  /* The next import that was asked for meanwhile, if any, before the
   * callback runs: it may well start another one. */
  if (!g_queue_is_empty (&self->waiting_jobs))
    start_job (g_queue_pop_head (&self->waiting_jobs));
  else
    set_importing (self, FALSE);

  if (job->fatal_error != NULL)
    g_task_return_error (task, g_error_copy (job->fatal_error));
  else if (cancelled)
    g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED,
                             "The import was cancelled");
  else
    g_task_return_boolean (task, TRUE);
}

static void
consolidated_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  ChCorpus *self = CH_CORPUS (object);
  Consolidation *c = g_task_get_task_data (G_TASK (result));
  ImportJob *job = user_data;

  /* Dropped when the corpus was cleared or consolidated again meanwhile. */
  if (c->generation == self->generation && !job->discard)
    {
      ch_aliases_take (self->aliases, c->aliases);
      install_consolidated (self, c->result, c->n_raw);
    }

  finish_job (job);
}

static void
consolidate_async (ChCorpus  *self,
                   ImportJob *job)
{
  g_autoptr(GTask) task = NULL;
  Consolidation *c;

  g_assert (CH_IS_CORPUS (self));

  c = g_new0 (Consolidation, 1);
  c->raw = g_ptr_array_new_full (self->raw_events->len, g_object_unref);
  for (guint i = 0; i < self->raw_events->len; i++)
    g_ptr_array_add (c->raw, g_object_ref (g_ptr_array_index (self->raw_events, i)));
  c->n_raw = self->raw_events->len;
  c->splits = ch_aliases_dup_splits (self->aliases);
  c->generation = ++self->generation;

  task = g_task_new (self, NULL, consolidated_cb, job);
  g_task_set_source_tag (task, consolidate_async);
  g_task_set_name (task, "[chancery] consolidate");
  g_task_set_task_data (task, c, (GDestroyNotify) consolidation_free);
  g_task_run_in_thread (task, consolidate_thread);
}

/* Runs on the job's context. */
static gboolean
publish_cb (gpointer data)
{
  ImportJob *job = data;
  ChCorpus *self = job->corpus;
  g_autoptr(GPtrArray) batch = g_ptr_array_new_with_free_func ((GDestroyNotify) doc_result_free);
  gboolean finished;
  gboolean more;
  guint n_done, n_total;

  g_mutex_lock (&job->mutex);
  while (batch->len < CH_CORPUS_IMPORT_BATCH && !g_queue_is_empty (&job->results))
    g_ptr_array_add (batch, g_queue_pop_head (&job->results));
  n_done = job->n_read;
  n_total = job->n_total;
  more = !g_queue_is_empty (&job->results);
  finished = job->collected && job->n_done == job->n_total && !more;
  if (more)
    schedule_publish_locked (job, TRUE);
  else if (!finished)
    job->idle_scheduled = FALSE;
  g_mutex_unlock (&job->mutex);

  if (batch->len > 0 && !job->discard)
    {
      g_autoptr(GPtrArray) events = g_ptr_array_new ();
      guint n_documents = self->documents->len;

      for (guint i = 0; i < batch->len; i++)
        {
          DocResult *result = g_ptr_array_index (batch, i);

          g_ptr_array_add (self->documents, g_object_ref (result->document));
          for (guint j = 0; result->events != NULL && j < result->events->len; j++)
            {
              ChEvent *event = g_ptr_array_index (result->events, j);

              g_ptr_array_add (self->raw_events, g_object_ref (event));
              g_ptr_array_add (events, event);
            }
        }
      job->n_raw_added += events->len;

      g_object_freeze_notify (G_OBJECT (self));
      replace_events (self, self->events->len, 0,
                      (ChEvent * const *) events->pdata, events->len);
      if (self->documents->len != n_documents)
        g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_DOCUMENTS]);
      set_file_counts (self, n_done, n_total);
      g_object_thaw_notify (G_OBJECT (self));
    }
  else
    {
      set_file_counts (self, n_done, n_total);
    }

  if (finished)
    {
      /* Every file is done, so the workers are at most returning from
       * their last item: this wait is short. */
      g_thread_pool_free (g_steal_pointer (&job->pool), FALSE, TRUE);

      if (self->extractor == NULL && job->extractor != NULL)
        self->extractor = g_object_ref (job->extractor);

      if (!job->discard && job->n_raw_added > 0)
        consolidate_async (self, job);
      else
        finish_job (job);
    }

  return G_SOURCE_REMOVE;
}

/* Called with the job's mutex held, from any thread.
 *
 * Workers ask for a publication at most every PUBLISH_INTERVAL_MS, so that
 * documents arriving one by one reach the views in a few dozen batches a
 * second rather than in thousands of one-document items-changed; a backlog
 * is then moved batch after batch from an idle. */
#define PUBLISH_INTERVAL_MS 16

static void
schedule_publish_locked (ImportJob *job,
                         gboolean   now)
{
  g_autoptr(GSource) source = NULL;

  if (job->idle_scheduled && !now)
    return;

  job->idle_scheduled = TRUE;
  source = now ? g_idle_source_new () : g_timeout_source_new (PUBLISH_INTERVAL_MS);
  g_source_set_priority (source, G_PRIORITY_DEFAULT_IDLE);
  g_source_set_callback (source, publish_cb, job, NULL);
  g_source_set_static_name (source, "[chancery] publish import batch");
  g_source_attach (source, job->context);
}

static void
collect_files (ImportJob *job)
{
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) failures = g_ptr_array_new_with_free_func ((GDestroyNotify) g_error_free);
  g_autoptr(GError) error = NULL;

  g_assert (job != NULL);

  /* Loading the gazetteers takes a moment: do it here, off the main
   * thread, the first time only. */
  if (job->extractor == NULL)
    job->extractor = ch_extractor_new (&error);

  if (job->extractor != NULL)
    {
      for (guint i = 0; job->paths[i] != NULL; i++)
        {
          if (g_cancellable_is_cancelled (job->cancellable))
            break;
          ch_import_collect (job->paths[i], files, failures);
        }
    }

  g_mutex_lock (&job->mutex);
  if (error != NULL)
    job->fatal_error = g_steal_pointer (&error);
  for (guint i = 0; i < failures->len; i++)
    g_ptr_array_add (job->failures, g_error_copy (g_ptr_array_index (failures, i)));
  job->n_total = job->fatal_error == NULL ? files->len : 0;
  job->collected = TRUE;
  schedule_publish_locked (job, FALSE);
  g_mutex_unlock (&job->mutex);

  if (job->fatal_error != NULL)
    return;

  for (guint i = 0; i < files->len; i++)
    {
      WorkItem *item = g_new0 (WorkItem, 1);

      item->path = g_strdup (g_ptr_array_index (files, i));
      g_thread_pool_push (job->pool, item, NULL);
    }
}

static void
import_one_file (ImportJob  *job,
                 const char *path)
{
  g_autoptr(GPtrArray) documents = NULL;
  g_autoptr(GError) error = NULL;
  GQueue results = G_QUEUE_INIT;
  gboolean skipped;

  g_assert (job != NULL);
  g_assert (path != NULL);

  /* After a cancellation the remaining queued files are only counted off,
   * so the workers stop within one file. */
  skipped = g_cancellable_is_cancelled (job->cancellable);
  if (!skipped)
    documents = ch_import_file (path, job->cancellable, &error);

  for (guint i = 0; documents != NULL && i < documents->len; i++)
    {
      DocResult *result;

      if (g_cancellable_is_cancelled (job->cancellable))
        break;

      result = g_new0 (DocResult, 1);
      result->document = g_object_ref (g_ptr_array_index (documents, i));
      result->events = ch_extractor_extract (job->extractor, result->document);
      g_queue_push_tail (&results, result);
    }

  g_mutex_lock (&job->mutex);
  if (error != NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_ptr_array_add (job->failures, name_failure (path, error));
  while (!g_queue_is_empty (&results))
    g_queue_push_tail (&job->results, g_queue_pop_head (&results));
  job->n_done++;
  if (!skipped)
    job->n_read++;
  schedule_publish_locked (job, FALSE);
  g_mutex_unlock (&job->mutex);
}

static void
worker_func (gpointer data,
             gpointer user_data)
{
  WorkItem *item = data;
  ImportJob *job = user_data;

  if (item->path == NULL)
    collect_files (job);
  else
    import_one_file (job, item->path);

  g_free (item->path);
  g_free (item);
}

static void
caller_cancelled_cb (GCancellable *cancellable,
                     GCancellable *ours)
{
  g_cancellable_cancel (ours);
}

static void
start_job (ImportJob *job)
{
  ChCorpus *self = job->corpus;
  g_autoptr(GError) error = NULL;
  guint n_threads;

  g_assert (CH_IS_CORPUS (self));
  g_assert (self->job == NULL);

  self->job = job;
  if (job->extractor == NULL && self->extractor != NULL)
    job->extractor = g_object_ref (self->extractor);

  set_importing (self, TRUE);
  set_file_counts (self, 0, 0);

  n_threads = MAX (1, g_get_num_processors ());
  job->pool = g_thread_pool_new (worker_func, job, (int) n_threads, FALSE, &error);
  /* Only exclusive pools can fail to start. */
  g_assert_no_error (error);

  g_thread_pool_push (job->pool, g_new0 (WorkItem, 1), NULL);
}

static GType
ch_corpus_get_item_type (GListModel *model)
{
  return CH_TYPE_EVENT;
}

static guint
ch_corpus_get_n_items (GListModel *model)
{
  return CH_CORPUS (model)->events->len;
}

static gpointer
ch_corpus_get_item (GListModel *model,
                    guint       position)
{
  ChCorpus *self = CH_CORPUS (model);

  if (position >= self->events->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->events, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = ch_corpus_get_item_type;
  iface->get_n_items = ch_corpus_get_n_items;
  iface->get_item = ch_corpus_get_item;
}

static void
ch_corpus_dispose (GObject *object)
{
  ChCorpus *self = (ChCorpus *) object;

  /* A running import holds a reference through its task, so none runs
   * here. */
  g_assert (self->job == NULL);

  g_clear_pointer (&self->events, g_ptr_array_unref);
  g_clear_pointer (&self->raw_events, g_ptr_array_unref);
  g_clear_pointer (&self->added_events, g_ptr_array_unref);
  g_clear_pointer (&self->documents, g_ptr_array_unref);
  g_clear_object (&self->aliases);
  g_clear_object (&self->extractor);

  G_OBJECT_CLASS (ch_corpus_parent_class)->dispose (object);
}

static void
ch_corpus_finalize (GObject *object)
{
  ChCorpus *self = (ChCorpus *) object;

  g_clear_pointer (&self->paths, g_ptr_array_unref);

  G_OBJECT_CLASS (ch_corpus_parent_class)->finalize (object);
}

static void
ch_corpus_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  ChCorpus *self = CH_CORPUS (object);

  switch (prop_id)
    {
    case PROP_N_ITEMS:
      g_value_set_uint (value, self->events->len);
      break;
    case PROP_N_DOCUMENTS:
      g_value_set_uint (value, self->documents->len);
      break;
    case PROP_IMPORTING:
      g_value_set_boolean (value, self->importing);
      break;
    case PROP_PROGRESS:
      g_value_set_double (value, self->progress);
      break;
    case PROP_N_FILES_DONE:
      g_value_set_uint (value, self->n_files_done);
      break;
    case PROP_N_FILES_TOTAL:
      g_value_set_uint (value, self->n_files_total);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ch_corpus_class_init (ChCorpusClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ch_corpus_dispose;
  object_class->finalize = ch_corpus_finalize;
  object_class->get_property = ch_corpus_get_property;

  properties[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_DOCUMENTS] =
    g_param_spec_uint ("n-documents", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * ChCorpus:importing:
   *
   * Whether an import runs; a progress bar and a Cancel button show while
   * it does.
   */
  properties[PROP_IMPORTING] =
    g_param_spec_boolean ("importing", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * ChCorpus:progress:
   *
   * The running import's files done over files found, 0 to 1; 1 once it
   * has finished.
   */
  properties[PROP_PROGRESS] =
    g_param_spec_double ("progress", NULL, NULL, 0.0, 1.0, 0.0,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_FILES_DONE] =
    g_param_spec_uint ("n-files-done", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_FILES_TOTAL] =
    g_param_spec_uint ("n-files-total", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ch_corpus_init (ChCorpus *self)
{
  self->documents = g_ptr_array_new_with_free_func (g_object_unref);
  self->events = g_ptr_array_new_with_free_func (g_object_unref);
  self->raw_events = g_ptr_array_new_with_free_func (g_object_unref);
  self->added_events = g_ptr_array_new_with_free_func (g_object_unref);
  self->paths = g_ptr_array_new_with_free_func (g_free);
  self->aliases = ch_aliases_new ();
  g_queue_init (&self->waiting_jobs);
}

ChCorpus *
ch_corpus_new (void)
{
  return g_object_new (CH_TYPE_CORPUS, NULL);
}

guint
ch_corpus_get_n_documents (ChCorpus *self)
{
  g_return_val_if_fail (CH_IS_CORPUS (self), 0);

  return self->documents->len;
}

/**
 * ch_corpus_get_document:
 *
 * Returns: (transfer none): the document at @position
 */
ChDocument *
ch_corpus_get_document (ChCorpus *self,
                        guint     position)
{
  g_return_val_if_fail (CH_IS_CORPUS (self), NULL);
  g_return_val_if_fail (position < self->documents->len, NULL);

  return g_ptr_array_index (self->documents, position);
}

/**
 * ch_corpus_get_event:
 *
 * Returns: (transfer none): the event at @position, without the reference
 *   g_list_model_get_item() would add
 */
ChEvent *
ch_corpus_get_event (ChCorpus *self,
                     guint     position)
{
  g_return_val_if_fail (CH_IS_CORPUS (self), NULL);
  g_return_val_if_fail (position < self->events->len, NULL);

  return g_ptr_array_index (self->events, position);
}

/**
 * ch_corpus_add_events:
 * @events: (array length=n_events): events to append
 *
 * Appends events that were made elsewhere (a benchmark's generated events,
 * a test's), with one items-changed. They are shown as they are: they take
 * no part in consolidation.
 */
void
ch_corpus_add_events (ChCorpus        *self,
                      ChEvent * const *events,
                      guint            n_events)
{
  g_return_if_fail (CH_IS_CORPUS (self));
  g_return_if_fail (events != NULL || n_events == 0);

  for (guint i = 0; i < n_events; i++)
    g_ptr_array_add (self->added_events, g_object_ref (events[i]));

  replace_events (self, self->events->len, 0, events, n_events);
}

/**
 * ch_corpus_clear:
 *
 * Drops every document and event, and the remembered paths. A running
 * import is cancelled and what it would still have added is dropped.
 */
void
ch_corpus_clear (ChCorpus *self)
{
  g_return_if_fail (CH_IS_CORPUS (self));

  if (self->job != NULL)
    {
      self->job->discard = TRUE;
      g_cancellable_cancel (self->job->cancellable);
    }
  for (GList *l = self->waiting_jobs.head; l != NULL; l = l->next)
    {
      ImportJob *job = l->data;

      job->discard = TRUE;
      g_cancellable_cancel (job->cancellable);
    }

  self->generation++;
  g_ptr_array_set_size (self->raw_events, 0);
  g_ptr_array_set_size (self->added_events, 0);
  g_ptr_array_set_size (self->paths, 0);
  replace_events (self, 0, self->events->len, NULL, 0);
  if (self->documents->len > 0)
    {
      g_ptr_array_set_size (self->documents, 0);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_DOCUMENTS]);
    }
}

/**
 * ch_corpus_import_async:
 * @paths: files and folders (folders are read recursively)
 * @cancellable: (nullable): stops the import between files
 *
 * Imports @paths on worker threads, adding documents and their events to
 * the corpus in batches as they come, then consolidates the whole corpus.
 * Documents already in the corpus stay. An import asked for while another
 * runs starts when that one is done.
 *
 * @callback runs on the thread-default main context of the caller.
 */
void
ch_corpus_import_async (ChCorpus            *self,
                        const char * const  *paths,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  ImportJob *job;

  g_return_if_fail (CH_IS_CORPUS (self));
  g_return_if_fail (paths != NULL);
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, ch_corpus_import_async);
  g_task_set_name (task, "[chancery] import");
  /* The job reports cancellation itself, after the last batch is in. */
  g_task_set_check_cancellable (task, FALSE);

  job = g_new0 (ImportJob, 1);
  job->corpus = self;
  job->task = task;
  job->context = g_main_context_ref_thread_default ();
  job->cancellable = g_cancellable_new ();
  job->paths = g_strdupv ((char **) paths);
  job->failures = g_ptr_array_new_with_free_func ((GDestroyNotify) g_error_free);
  g_mutex_init (&job->mutex);
  g_queue_init (&job->results);
  if (cancellable != NULL)
    {
      job->caller_cancellable = g_object_ref (cancellable);
      job->cancelled_id = g_cancellable_connect (cancellable, G_CALLBACK (caller_cancelled_cb),
                                                 g_object_ref (job->cancellable),
                                                 g_object_unref);
    }
  g_task_set_task_data (task, job, (GDestroyNotify) import_job_free);

  for (guint i = 0; paths[i] != NULL; i++)
    add_path (self, paths[i]);

  /* The job's idle owns the task from now until it returns. */
  g_steal_pointer (&task);

  if (self->job == NULL)
    start_job (job);
  else
    g_queue_push_tail (&self->waiting_jobs, job);
}

/**
 * ch_corpus_import_finish:
 * @failures: (out) (optional) (transfer full) (element-type GError): one
 *   error per file or folder that could not be read, naming it and why;
 *   set even when the import as a whole fails
 *
 * Returns: %TRUE when the import ran to its end (some files may have
 *   failed; see @failures), %FALSE with G_IO_ERROR_CANCELLED when it was
 *   cancelled (what was read by then stays in the corpus)
 */
gboolean
ch_corpus_import_finish (ChCorpus      *self,
                         GAsyncResult  *result,
                         GPtrArray    **failures,
                         GError       **error)
{
  ImportJob *job;

  g_return_val_if_fail (CH_IS_CORPUS (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == ch_corpus_import_async, FALSE);

  job = g_task_get_task_data (G_TASK (result));
  if (failures != NULL)
    *failures = g_ptr_array_ref (job->failures);

  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
import_sync_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

/**
 * ch_corpus_import_sync:
 *
 * ch_corpus_import_async() for programs without a main loop, such as
 * chancery-extract: it iterates a main context of its own until the import
 * is done, so property notifications arrive on the calling thread. It fails
 * with G_IO_ERROR_BUSY while an asynchronous import runs.
 */
gboolean
ch_corpus_import_sync (ChCorpus            *self,
                       const char * const  *paths,
                       GCancellable        *cancellable,
                       GPtrArray          **failures,
                       GError             **error)
{
  g_autoptr(GMainContext) context = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  gboolean ret;

  g_return_val_if_fail (CH_IS_CORPUS (self), FALSE);
  g_return_val_if_fail (paths != NULL, FALSE);

  /* An import already running reports to another context, which this loop
   * does not iterate: waiting behind it would never end. */
  if (self->job != NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_BUSY,
                           "Another import into this corpus is running");
      return FALSE;
    }

  context = g_main_context_new ();
  g_main_context_push_thread_default (context);

  ch_corpus_import_async (self, paths, cancellable, import_sync_cb, &result);
  while (result == NULL)
    g_main_context_iteration (context, TRUE);

  ret = ch_corpus_import_finish (self, result, failures, error);

  g_main_context_pop_thread_default (context);

  return ret;
}

gboolean
ch_corpus_get_importing (ChCorpus *self)
{
  g_return_val_if_fail (CH_IS_CORPUS (self), FALSE);

  return self->importing;
}

double
ch_corpus_get_progress (ChCorpus *self)
{
  g_return_val_if_fail (CH_IS_CORPUS (self), 0.0);

  return self->progress;
}

guint
ch_corpus_get_n_files_done (ChCorpus *self)
{
  g_return_val_if_fail (CH_IS_CORPUS (self), 0);

  return self->n_files_done;
}

guint
ch_corpus_get_n_files_total (ChCorpus *self)
{
  g_return_val_if_fail (CH_IS_CORPUS (self), 0);

  return self->n_files_total;
}

/**
 * ch_corpus_get_aliases:
 *
 * Returns: (transfer none): the spellings merged into each canonical name
 */
ChAliases *
ch_corpus_get_aliases (ChCorpus *self)
{
  g_return_val_if_fail (CH_IS_CORPUS (self), NULL);

  return self->aliases;
}

/**
 * ch_corpus_reconsolidate:
 *
 * Consolidates every raw event again (after the user split or rejoined a
 * spelling through the aliases) and replaces the items with one
 * items-changed.
 */
void
ch_corpus_reconsolidate (ChCorpus *self)
{
  g_autoptr(GPtrArray) consolidated = NULL;
  g_autoptr(GPtrArray) copies = NULL;

  g_return_if_fail (CH_IS_CORPUS (self));

  /* Any consolidation still running in the background is outdated now. */
  self->generation++;

  consolidated = consolidate_copies (self->raw_events, self->aliases, &copies);
  install_consolidated (self, consolidated, self->raw_events->len);
}

/* Back on the caller's context: shows the new consolidation unless a later
 * one (another split, an import, a clear) or the caller's cancellable made
 * it pointless, then completes the caller's task. */
static void
reconsolidated_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  ChCorpus *self = CH_CORPUS (object);
  g_autoptr(GTask) task = user_data;
  Consolidation *c = g_task_get_task_data (G_TASK (result));

  if (c->generation != self->generation || g_task_return_error_if_cancelled (task))
    {
      if (!g_task_had_error (task))
        g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED,
                                 "Another consolidation replaced this one");
      return;
    }

  ch_aliases_take (self->aliases, c->aliases);
  install_consolidated (self, c->result, c->n_raw);
  g_task_return_boolean (task, TRUE);
}

/**
 * ch_corpus_reconsolidate_async:
 * @splits: (nullable) (array zero-terminated=1): the spellings to keep
 *   apart from now on, or %NULL for those of the aliases
 * @cancellable: (nullable): drops the result when cancelled
 *
 * ch_corpus_reconsolidate() in a worker thread: consolidating some 10,000
 * events takes seconds, too long for the main thread. The aliases (with
 * @splits) and the events are replaced, the events with one items-changed,
 * on the calling thread's context just before @callback runs; until then
 * both stay as they were. A consolidation started after this one (another
 * split, an import) supersedes it: this one then finishes with
 * G_IO_ERROR_CANCELLED and changes nothing.
 */
void
ch_corpus_reconsolidate_async (ChCorpus            *self,
                               const char * const  *splits,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GTask) worker = NULL;
  Consolidation *c;

  g_return_if_fail (CH_IS_CORPUS (self));
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, ch_corpus_reconsolidate_async);

  c = g_new0 (Consolidation, 1);
  c->raw = g_ptr_array_new_full (self->raw_events->len, g_object_unref);
  for (guint i = 0; i < self->raw_events->len; i++)
    g_ptr_array_add (c->raw, g_object_ref (g_ptr_array_index (self->raw_events, i)));
  c->n_raw = self->raw_events->len;
  c->splits = splits != NULL ? g_strdupv ((char **) splits) : ch_aliases_dup_splits (self->aliases);
  c->generation = ++self->generation;

  worker = g_task_new (self, NULL, reconsolidated_cb, g_steal_pointer (&task));
  g_task_set_source_tag (worker, ch_corpus_reconsolidate_async);
  g_task_set_name (worker, "[chancery] reconsolidate");
  g_task_set_task_data (worker, c, (GDestroyNotify) consolidation_free);
  g_task_run_in_thread (worker, consolidate_thread);
}

/**
 * ch_corpus_reconsolidate_finish:
 *
 * Returns: %TRUE when the corpus shows the consolidation that
 *   ch_corpus_reconsolidate_async() made; %FALSE with G_IO_ERROR_CANCELLED
 *   when it was cancelled or superseded
 */
gboolean
ch_corpus_reconsolidate_finish (ChCorpus      *self,
                                GAsyncResult  *result,
                                GError       **error)
{
  g_return_val_if_fail (CH_IS_CORPUS (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/**
 * ch_corpus_dup_paths:
 *
 * Returns: (transfer full): the files and folders imported, as absolute
 *   paths, in the order they were first opened
 */
char **
ch_corpus_dup_paths (ChCorpus *self)
{
  char **out;

  g_return_val_if_fail (CH_IS_CORPUS (self), NULL);

  out = g_new0 (char *, self->paths->len + 1);
  for (guint i = 0; i < self->paths->len; i++)
    out[i] = g_strdup (g_ptr_array_index (self->paths, i));

  return out;
}
