/* chancery-extract.c: the command-line twin of the application
 *
 * Copyright 2026 The Chancery authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * chancery-extract [--output FILE] PATH…
 *
 * Reads the files and folders given (folders recursively), extracts the
 * diplomatic events they report and writes them as EVENTS.md's CSV to FILE
 * or to standard output. Progress and warnings go to standard error.
 * Exit status: 0 when every input was read, 1 when some could not be (each
 * named on standard error; the rest is still written), 2 on bad usage,
 * 130 when interrupted (SIGINT, Ctrl+C) and 143 when terminated (SIGTERM):
 * then FILE is not written, and an existing FILE is left as it was.
 */

#define G_LOG_DOMAIN "chancery-extract"

#include "config.h"

#include <locale.h>
#include <signal.h>
#include <unistd.h>

#include <glib/gi18n.h>
#include <glib-unix.h>
#include <gio/gunixoutputstream.h>

#include "ch-corpus.h"
#include "ch-csv.h"

enum {
  EXIT_OK = 0,
  EXIT_SOME_FAILED = 1,
  EXIT_USAGE = 2,
  /* As a shell reports a program killed by the signal: 128 + its number. */
  EXIT_SIGNALLED = 128,
};

/* What the main loop waits for: the import, then the writing, each done
 * off the main thread so that SIGINT and SIGTERM are heard meanwhile. */
typedef struct
{
  GMainLoop    *loop;
  GCancellable *cancellable;
  GAsyncResult *result;
  int           signum;
} Run;

typedef struct
{
  gboolean announced;
  gboolean interactive;
  guint    last_shown;
} Progress;

static void
usage_error (const char *message)
{
  g_printerr ("%s: %s\n", g_get_prgname (), message);
  /* TRANSLATORS: %s is the program name */
  g_printerr (_("Try “%s --help” for more information."), g_get_prgname ());
  g_printerr ("\n");
}

/* Called for notify::n-files-total and notify::n-files-done, which may
 * arrive in either order. */
static void
progress_cb (ChCorpus   *corpus,
             GParamSpec *pspec,
             Progress   *progress)
{
  guint done = ch_corpus_get_n_files_done (corpus);
  guint total = ch_corpus_get_n_files_total (corpus);

  if (total == 0)
    return;

  if (!progress->announced)
    {
      progress->announced = TRUE;
      g_printerr (g_dngettext (GETTEXT_PACKAGE, "Reading %'u file…\n", "Reading %'u files…\n", total),
                  total);
    }

  /* A counter rewritten in place only makes sense on a terminal; logs get
   * the start and end lines alone. */
  if (!progress->interactive || done == progress->last_shown)
    return;

  progress->last_shown = done;
  if (done < total)
    g_printerr ("\r%'u/%'u", done, total);
  else
    g_printerr ("\r\033[K");
}

/* SIGINT or SIGTERM: stop the import, or the writing, at the next file or
 * row; main () then exits with 128 + the signal's number. */
static gboolean
sigint_cb (gpointer user_data)
{
  Run *run = user_data;

  if (run->signum == 0)
    run->signum = SIGINT;
  g_cancellable_cancel (run->cancellable);
  return G_SOURCE_CONTINUE;
}

static gboolean
sigterm_cb (gpointer user_data)
{
  Run *run = user_data;

  if (run->signum == 0)
    run->signum = SIGTERM;
  g_cancellable_cancel (run->cancellable);
  return G_SOURCE_CONTINUE;
}

static void
done_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  Run *run = user_data;

  run->result = g_object_ref (result);
  g_main_loop_quit (run->loop);
}

/* Runs the main loop until the operation started with done_cb() ends, and
 * returns its result. */
static GAsyncResult *
wait_for_result (Run *run)
{
  g_main_loop_run (run->loop);
  g_assert (run->result != NULL);
  return g_steal_pointer (&run->result);
}

static int
compare_events (gconstpointer a,
                gconstpointer b)
{
  ChEvent *ea = *(ChEvent **) a;
  ChEvent *eb = *(ChEvent **) b;
  int cmp = ch_event_compare (ea, eb);

  /* The same output for the same input on every run, ties included. */
  if (cmp == 0)
    cmp = g_strcmp0 (ch_event_get_event_id (ea), ch_event_get_event_id (eb));
  return cmp;
}

static GListModel *
sorted_events (ChCorpus *corpus)
{
  g_autoptr(GPtrArray) events = NULL;
  GListStore *store;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (corpus));

  events = g_ptr_array_new_full (n, NULL);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (events, ch_corpus_get_event (corpus, i));
  g_ptr_array_sort (events, compare_events);

  store = g_list_store_new (CH_TYPE_EVENT);
  g_list_store_splice (store, 0, 0, events->pdata, events->len);

  return G_LIST_MODEL (store);
}

typedef struct
{
  GListModel *events;
  char       *output;
  gboolean    bom;
} WriteJob;

static void
write_job_free (gpointer data)
{
  WriteJob *job = data;

  g_object_unref (job->events);
  g_free (job->output);
  g_free (job);
}

/* In a worker thread: the CSV to the output file, atomically (a file
 * interrupted midway is never there: ch_csv_save_full() writes a temporary
 * file and removes it on error), or to standard output. */
static void
write_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  WriteJob *job = task_data;
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (job->output != NULL)
    ok = ch_csv_save_full (job->output, job->events, job->bom, cancellable, &error);
  else
    {
      g_autoptr(GOutputStream) out = g_unix_output_stream_new (STDOUT_FILENO, FALSE);

      ok = ch_csv_write (out, job->events, job->bom, cancellable, &error) &&
           g_output_stream_close (out, cancellable, &error);
    }

  if (ok)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, g_steal_pointer (&error));
}

static gboolean
write_events (Run         *run,
              GListModel  *events,
              const char  *output,
              gboolean     bom,
              GError     **error)
{
  g_autoptr(GTask) task = g_task_new (NULL, run->cancellable, done_cb, run);
  g_autoptr(GAsyncResult) result = NULL;
  WriteJob *job = g_new0 (WriteJob, 1);

  job->events = g_object_ref (events);
  job->output = g_strdup (output);
  job->bom = bom;
  g_task_set_task_data (task, job, write_job_free);
  /* The thread checks the cancellable itself, between rows. */
  g_task_set_check_cancellable (task, FALSE);
  g_task_run_in_thread (task, write_thread);

  result = wait_for_result (run);
  return g_task_propagate_boolean (G_TASK (result), error);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ChCorpus) corpus = NULL;
  g_autoptr(GPtrArray) failures = NULL;
  g_autoptr(GListModel) events = NULL;
  g_autofree char *output = NULL;
  g_auto(GStrv) paths = NULL;
  gboolean bom = FALSE;
  gboolean version = FALSE;
  g_autoptr(GAsyncResult) result = NULL;
  Progress progress = { 0 };
  g_autoptr(GMainLoop) loop = NULL;
  g_autoptr(GCancellable) cancellable = NULL;
  Run run = { 0 };
  guint sigint_id, sigterm_id;
  gboolean imported;
  int status = EXIT_OK;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write the events to FILE (replaced atomically) instead of standard output"),
      N_("FILE") },
    { "bom", 0, 0, G_OPTION_ARG_NONE, &bom,
      N_("Begin the CSV with a UTF-8 byte order mark, for Microsoft Excel"), NULL },
    { "version", 'V', 0, G_OPTION_ARG_NONE, &version,
      N_("Print the version and exit"), NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &paths, NULL, N_("PATH…") },
    { NULL }
  };

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_set_prgname ("chancery-extract");

  context = g_option_context_new (NULL);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_summary (context,
                                _("Extract the diplomatic events reported in articles (plain "
                                  "text, HTML, RSS and Atom feeds, and folders of them) "
                                  "and write them as CSV."));
  g_option_context_set_description (context,
                                    _("Progress and warnings go to standard error. Exit status: "
                                      "0 when every input was read, 1 when some could not be "
                                      "(the rest is still written), 2 on bad usage, 130 when "
                                      "interrupted (Ctrl+C) and 143 when terminated, in which "
                                      "case no output file is written."));

  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      usage_error (error->message);
      return EXIT_USAGE;
    }

  if (version)
    {
      g_print ("chancery-extract %s\n", PACKAGE_VERSION);
      return EXIT_OK;
    }

  if (paths == NULL || paths[0] == NULL)
    {
      usage_error (_("No file or folder to read was given"));
      return EXIT_USAGE;
    }

  progress.interactive = isatty (STDERR_FILENO);

  loop = g_main_loop_new (NULL, FALSE);
  cancellable = g_cancellable_new ();
  run.loop = loop;
  run.cancellable = cancellable;
  sigint_id = g_unix_signal_add (SIGINT, sigint_cb, &run);
  sigterm_id = g_unix_signal_add (SIGTERM, sigterm_cb, &run);

  corpus = ch_corpus_new ();
  g_signal_connect (corpus, "notify::n-files-total", G_CALLBACK (progress_cb), &progress);
  g_signal_connect (corpus, "notify::n-files-done", G_CALLBACK (progress_cb), &progress);

  ch_corpus_import_async (corpus, (const char * const *) paths, run.cancellable, done_cb, &run);
  result = wait_for_result (&run);
  imported = ch_corpus_import_finish (corpus, result, &failures, &error);
  if (progress.interactive && progress.last_shown > 0)
    g_printerr ("\r\033[K");

  if (run.signum == 0)
    for (guint i = 0; failures != NULL && i < failures->len; i++)
      {
        const GError *failure = g_ptr_array_index (failures, i);

        g_printerr ("%s: %s\n", g_get_prgname (), failure->message);
        status = EXIT_SOME_FAILED;
      }

  if (imported && run.signum == 0)
    {
      events = sorted_events (corpus);

      g_printerr (g_dngettext (GETTEXT_PACKAGE, "Events found: %'u, in %'u document.\n",
                               "Events found: %'u, in %'u documents.\n",
                               ch_corpus_get_n_documents (corpus)),
                  g_list_model_get_n_items (events), ch_corpus_get_n_documents (corpus));

      imported = write_events (&run, events, output, bom, &error);
    }

  g_source_remove (sigint_id);
  g_source_remove (sigterm_id);

  if (run.signum != 0)
    {
      /* Stopped while importing or writing: an output file was not
       * written, or not replaced (ch_csv_save_full() is atomic). */
      g_printerr (_("%s: interrupted\n"), g_get_prgname ());
      return EXIT_SIGNALLED + run.signum;
    }

  if (!imported)
    {
      g_printerr ("%s: %s\n", g_get_prgname (), error->message);
      return EXIT_SOME_FAILED;
    }

  return status;
}
