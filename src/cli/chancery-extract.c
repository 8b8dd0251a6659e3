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
 * named on standard error; the rest is still written), 2 on bad usage.
 */

#define G_LOG_DOMAIN "chancery-extract"

#include "config.h"

#include <locale.h>
#include <unistd.h>

#include <glib/gi18n.h>
#include <gio/gunixoutputstream.h>

#include "ch-corpus.h"
#include "ch-csv.h"

enum {
  EXIT_OK = 0,
  EXIT_SOME_FAILED = 1,
  EXIT_USAGE = 2,
};

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
      g_printerr (g_dngettext (GETTEXT_PACKAGE, "Reading %u file…\n", "Reading %u files…\n", total),
                  total);
    }

  /* A counter rewritten in place only makes sense on a terminal; logs get
   * the start and end lines alone. */
  if (!progress->interactive || done == progress->last_shown)
    return;

  progress->last_shown = done;
  if (done < total)
    g_printerr ("\r%u/%u", done, total);
  else
    g_printerr ("\r\033[K");
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

static gboolean
write_stdout (GListModel  *events,
              gboolean     bom,
              GError     **error)
{
  g_autoptr(GOutputStream) out = g_unix_output_stream_new (STDOUT_FILENO, FALSE);

  if (!ch_csv_write (out, events, bom, NULL, error))
    return FALSE;

  return g_output_stream_close (out, NULL, error);
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
  Progress progress = { 0 };
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
                                      "(the rest is still written), 2 on bad usage."));

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

  corpus = ch_corpus_new ();
  g_signal_connect (corpus, "notify::n-files-total", G_CALLBACK (progress_cb), &progress);
  g_signal_connect (corpus, "notify::n-files-done", G_CALLBACK (progress_cb), &progress);

  imported = ch_corpus_import_sync (corpus, (const char * const *) paths, NULL, &failures, &error);
  if (progress.interactive && progress.last_shown > 0)
    g_printerr ("\r\033[K");

  for (guint i = 0; failures != NULL && i < failures->len; i++)
    {
      const GError *failure = g_ptr_array_index (failures, i);

      g_printerr ("%s: %s\n", g_get_prgname (), failure->message);
      status = EXIT_SOME_FAILED;
    }

  if (!imported)
    {
      g_printerr ("%s: %s\n", g_get_prgname (), error->message);
      return EXIT_SOME_FAILED;
    }

  events = sorted_events (corpus);

  g_printerr (_("Events found: %u, in %u documents.\n"),
              g_list_model_get_n_items (events), ch_corpus_get_n_documents (corpus));

  if (output != NULL)
    imported = ch_csv_save (output, events, bom, &error);
  else
    imported = write_stdout (events, bom, &error);

  if (!imported)
    {
      g_printerr ("%s: %s\n", g_get_prgname (), error->message);
      return EXIT_SOME_FAILED;
    }

  return status;
}
