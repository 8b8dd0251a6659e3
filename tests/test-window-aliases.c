/* test-window-aliases.c: merged spellings shown in the reader, separated
 * and merged again from the window
 *
 * Copyright 2026 The Chancery authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "ch-reader-private.h"
#include "ch-test-ui.h"
#include "ch-window.h"

/* Three small articles of our own; two spell the Russian minister one
 * way and one the other. */
static const struct
{
  const char *name;
  const char *text;
} articles[] = {
  { "islamabad.txt",
    "Dar and Lavrov discuss trade\n\n"
    "ISLAMABAD, March 4, 2025 - Pakistan's Foreign Minister Ishaq Dar met Russian Foreign "
    "Minister Sergey Lavrov in Moscow on Tuesday; they discussed trade and energy.\n" },
  { "beijing.txt",
    "Wang Yi receives Lavrov\n\n"
    "BEIJING, May 12, 2025 - Chinese Foreign Minister Wang Yi met Russian Foreign "
    "Minister Sergei Lavrov in Beijing on Monday; they discussed security and trade.\n" },
  { "ankara.txt",
    "Fidan hosts Lavrov\n\n"
    "ANKARA, June 3, 2025 - Turkish Foreign Minister Hakan Fidan met Russian Foreign "
    "Minister Sergey Lavrov in Ankara on Tuesday; they discussed energy.\n" },
};

static gboolean
import_done (gpointer data)
{
  return !ch_corpus_get_importing (ch_window_get_corpus (data));
}

static guint n_items_changed;

static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  gpointer    user_data)
{
  n_items_changed++;
}

/* Separating or merging consolidates in a worker thread: the corpus
 * replaces its events once, some time after the action returned. */
static gboolean
consolidated (gpointer data)
{
  return n_items_changed > 0;
}

static void
activate_and_wait (GtkWidget  *widget,
                   const char *action,
                   const char *spelling)
{
  n_items_changed = 0;
  g_assert_true (gtk_widget_activate_action (widget, action, "s", spelling));
  g_assert_cmpuint (n_items_changed, ==, 0);
  g_assert_true (ch_test_pump_until (consolidated, NULL));
  g_assert_cmpuint (n_items_changed, ==, 1);
  ch_test_pump_for (50);
}

static GtkWidget *
find_descendant (GtkWidget *widget,
                 GType      type)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        return child;
      if ((found = find_descendant (child, type)) != NULL)
        return found;
    }
  return NULL;
}

/* The texts of every label under @widget, one per line. */
static void
collect_labels (GtkWidget *widget,
                GString   *out)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LABEL (child))
        g_string_append_printf (out, "%s\n", gtk_label_get_text (GTK_LABEL (child)));
      collect_labels (child, out);
    }
}

static char *
dup_spellings_text (ChReader *reader)
{
  GString *out = g_string_new (NULL);
  GtkWidget *box = _ch_reader_get_spellings_box (reader);

  if (gtk_widget_get_visible (box))
    collect_labels (box, out);
  return g_string_free (out, FALSE);
}

/* How many events of the corpus name @name among their participants. */
static guint
count_participant (ChCorpus   *corpus,
                   const char *name)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (corpus));
  guint count = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ChEvent) event = g_list_model_get_item (G_LIST_MODEL (corpus), i);
      const char * const *participants = ch_event_get_participants (event);

      count += participants != NULL && g_strv_contains (participants, name);
    }
  return count;
}

/* Whether the participants facet lists @name for some event. */
static gboolean
facet_has (ChFilter   *filter,
           const char *name)
{
  guint id = ch_filter_lookup_value (filter, CH_FACET_PARTICIPANT, name);

  return id != CH_FILTER_NO_VALUE && ch_filter_get_total (filter, CH_FACET_PARTICIPANT, id) > 0;
}

/* The primary menu: the model of the window's menu button with the most
 * sections. */
static GMenuModel *
menu_model_of (ChWindow *window)
{
  GMenuModel *best = NULL;
  GPtrArray *stack = g_ptr_array_new ();

  g_ptr_array_add (stack, window);
  while (stack->len > 0)
    {
      GtkWidget *widget = g_ptr_array_steal_index (stack, stack->len - 1);

      if (GTK_IS_MENU_BUTTON (widget))
        {
          GMenuModel *model = gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (widget));

          if (model != NULL &&
              (best == NULL || g_menu_model_get_n_items (model) > g_menu_model_get_n_items (best)))
            best = model;
        }
      for (GtkWidget *child = gtk_widget_get_first_child (widget);
           child != NULL;
           child = gtk_widget_get_next_sibling (child))
        g_ptr_array_add (stack, child);
    }
  g_ptr_array_unref (stack);
  g_assert_nonnull (best);
  return best;
}

/* Whether @model, its sections or submenus hold an item for @action
 * with the string target @target. */
static gboolean
menu_has_target (GMenuModel *model,
                 const char *action,
                 const char *target)
{
  for (int i = 0; i < g_menu_model_get_n_items (model); i++)
    {
      g_autofree char *name = NULL;
      g_autoptr(GVariant) value = NULL;
      g_autoptr(GMenuLinkIter) links = NULL;
      GMenuModel *link;

      if (g_menu_model_get_item_attribute (model, i, G_MENU_ATTRIBUTE_ACTION, "s", &name) &&
          g_str_equal (name, action))
        {
          value = g_menu_model_get_item_attribute_value (model, i, G_MENU_ATTRIBUTE_TARGET,
                                                         G_VARIANT_TYPE_STRING);
          if (value != NULL && g_str_equal (g_variant_get_string (value, NULL), target))
            return TRUE;
        }
      links = g_menu_model_iterate_item_links (model, i);
      while (g_menu_link_iter_get_next (links, NULL, &link))
        {
          gboolean found = menu_has_target (link, action, target);

          g_object_unref (link);
          if (found)
            return TRUE;
        }
    }
  return FALSE;
}

static void
select_participant (ChWindow   *window,
                    const char *name)
{
  GListModel *model = G_LIST_MODEL (ch_window_get_filter (window));
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ChEvent) event = g_list_model_get_item (model, i);

      if (g_strv_contains (ch_event_get_participants (event), name))
        {
          gtk_selection_model_select_item (ch_window_get_selection (window), i, TRUE);
          return;
        }
    }
  g_assert_not_reached ();
}

static void
test_window_aliases_split_merge (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("chancery-aliases-XXXXXX", &error);
  g_autoptr(GFile) folder = NULL;
  g_autofree char *text = NULL;
  g_auto(GStrv) splits = NULL;
  ChWindow *window;
  ChCorpus *corpus;
  ChFilter *filter;
  ChAliases *aliases;
  ChReader *reader;
  GtkWidget *save_button;
  const char *canonical;
  const char *other;

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (articles); i++)
    {
      g_autofree char *path = g_build_filename (dir, articles[i].name, NULL);

      g_assert_true (g_file_set_contents (path, articles[i].text, -1, &error));
      g_assert_no_error (error);
    }

  window = g_object_new (CH_TYPE_WINDOW, NULL);
  gtk_window_present (GTK_WINDOW (window));
  reader = CH_READER (find_descendant (GTK_WIDGET (window), CH_TYPE_READER));
  g_assert_nonnull (reader);

  /* A button for Save Project follows the action's state: nothing to save
   * in an empty window */
  save_button = gtk_button_new_with_label ("Save");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (save_button), "win.save-project");
  gtk_box_append (GTK_BOX (gtk_widget_get_parent (GTK_WIDGET (reader))), save_button);
  ch_test_pump_for (50);
  g_assert_false (gtk_widget_get_sensitive (save_button));

  folder = g_file_new_for_path (dir);
  ch_window_open (window, &folder, 1, TRUE);
  g_assert_true (ch_test_pump_until (import_done, window));
  ch_test_pump_for (100);
  g_assert_true (gtk_widget_get_sensitive (save_button));

  corpus = ch_window_get_corpus (window);
  g_signal_connect (corpus, "items-changed", G_CALLBACK (items_changed_cb), NULL);
  filter = ch_window_get_filter (window);
  aliases = ch_corpus_get_aliases (corpus);
  g_assert_true (ch_reader_get_aliases (reader) == aliases);

  /* The two spellings are one person */
  canonical = ch_aliases_lookup (aliases, "Sergey Lavrov");
  g_assert_nonnull (canonical);
  g_assert_cmpstr (ch_aliases_lookup (aliases, "Sergei Lavrov"), ==, canonical);
  other = g_str_equal (canonical, "Sergey Lavrov") ? "Sergei Lavrov" : "Sergey Lavrov";
  g_assert_cmpuint (count_participant (corpus, canonical), ==, 3);
  g_assert_cmpuint (count_participant (corpus, other), ==, 0);
  g_assert_true (facet_has (filter, canonical));
  g_assert_false (facet_has (filter, other));

  /* The reader shows the merge for a selected event with him */
  select_participant (window, canonical);
  ch_test_pump_for (50);
  g_assert_false (_ch_reader_is_showing_empty (reader));
  text = dup_spellings_text (reader);
  g_assert_nonnull (strstr (text, canonical));
  g_assert_nonnull (strstr (text, other));
  g_assert_nonnull (strstr (text, "also written"));
  g_clear_pointer (&text, g_free);

  /* Separating one spelling makes two people, in the events and the facet */
  activate_and_wait (GTK_WIDGET (reader), "reader.separate-spelling", other);
  splits = ch_aliases_dup_splits (aliases);
  g_assert_true (g_strv_contains ((const char * const *) splits, other));
  g_assert_cmpuint (count_participant (corpus, other), >=, 1);
  g_assert_cmpuint (count_participant (corpus, canonical), >=, 1);
  g_assert_cmpuint (count_participant (corpus, canonical) + count_participant (corpus, other), ==, 3);
  g_assert_true (facet_has (filter, canonical));
  g_assert_true (facet_has (filter, other));

  /* The shown event survived the new consolidation, and its line now
   * offers to merge the separated spelling again */
  g_assert_false (_ch_reader_is_showing_empty (reader));
  g_assert_nonnull (ch_reader_get_event (reader));
  g_assert_cmpuint (gtk_bitset_get_size (gtk_selection_model_get_selection (ch_window_get_selection (window))), ==, 1);
  text = dup_spellings_text (reader);
  g_assert_nonnull (strstr (text, other));
  g_assert_null (strstr (text, "also written"));
  g_clear_pointer (&text, g_free);

  /* The primary menu offers to merge it again */
  g_assert_true (menu_has_target (menu_model_of (window), "win.merge-spelling", other));

  /* Merging it back makes one person again */
  activate_and_wait (GTK_WIDGET (reader), "reader.merge-spelling", other);
  g_clear_pointer (&splits, g_strfreev);
  splits = ch_aliases_dup_splits (aliases);
  g_assert_cmpuint (g_strv_length (splits), ==, 0);
  g_assert_cmpuint (count_participant (corpus, canonical), ==, 3);
  g_assert_cmpuint (count_participant (corpus, other), ==, 0);
  g_assert_false (facet_has (filter, other));
  text = dup_spellings_text (reader);
  g_assert_nonnull (strstr (text, "also written"));
  g_assert_false (menu_has_target (menu_model_of (window), "win.merge-spelling", other));

  /* The primary menu's action merges too */
  activate_and_wait (GTK_WIDGET (reader), "reader.separate-spelling", other);
  g_assert_true (facet_has (filter, other));
  activate_and_wait (GTK_WIDGET (window), "win.merge-spelling", other);
  g_assert_false (facet_has (filter, other));

  gtk_window_destroy (GTK_WINDOW (window));
  ch_test_pump_for (50);
  for (guint i = 0; i < G_N_ELEMENTS (articles); i++)
    {
      g_autofree char *path = g_build_filename (dir, articles[i].name, NULL);

      g_unlink (path);
    }
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_print ("1..0 # SKIP no display (run under xvfb-run)\n");
      return 0;
    }

  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  g_setenv ("LANGUAGE", "C", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  ch_test_allow_unallocated_snapshots ();
  adw_init ();

  g_test_add_func ("/ui/window/aliases/split-merge", test_window_aliases_split_merge);

  return g_test_run ();
}
