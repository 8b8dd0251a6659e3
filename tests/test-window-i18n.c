/* test-window-i18n.c: the real application's window in Russian and Urdu
 *
 * Copyright 2026 The Chancery authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "ch-application.h"
#include "ch-test-events.h"
#include "ch-test-ui.h"
#include "ch-locale.h"
#include "ch-cell-label.h"
#include "ch-facet-list.h"
#include "ch-window.h"

static gboolean
use_locale (const char *locale,
            const char *language)
{
  const char *locpath = g_getenv ("CHANCERY_TEST_LOCPATH");
  const char *podir = g_getenv ("CHANCERY_TEST_PODIR");

  if (locpath != NULL)
    g_setenv ("LOCPATH", locpath, TRUE);
  g_setenv ("LANGUAGE", language, TRUE);
  /* GTK calls setlocale (LC_ALL, "") itself, which reads these. */
  g_setenv ("LC_ALL", locale, TRUE);
  if (setlocale (LC_ALL, locale) == NULL)
    {
      /* The build made the locale: failing to use it is an error. */
      if (locpath != NULL)
        g_error ("locale %s is not in %s", locale, locpath);
      g_test_skip ("the ru_RU.UTF-8 and ur_PK.UTF-8 locales are not available");
      return FALSE;
    }

  g_assert_nonnull (podir);
  bindtextdomain (GETTEXT_PACKAGE, podir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  return TRUE;
}

/* Every label, button label and title of the widget tree, as shown (with
 * mnemonic underscores removed). */
static void
collect_texts (GtkWidget *widget,
               GPtrArray *texts)
{
  const char *text = NULL;

  if (GTK_IS_LABEL (widget))
    text = gtk_label_get_text (GTK_LABEL (widget));
  else if (CH_IS_CELL_LABEL (widget))
    text = ch_cell_label_get_text (CH_CELL_LABEL (widget));
  else if (GTK_IS_BUTTON (widget))
    text = gtk_button_get_label (GTK_BUTTON (widget));
  else if (ADW_IS_WINDOW_TITLE (widget))
    text = adw_window_title_get_title (ADW_WINDOW_TITLE (widget));
  else if (ADW_IS_STATUS_PAGE (widget))
    text = adw_status_page_get_title (ADW_STATUS_PAGE (widget));

  if (text != NULL && text[0] != '\0')
    {
      g_autoptr(GString) plain = g_string_new (text);

      g_string_replace (plain, "_", "", 0);
      g_ptr_array_add (texts, g_string_free (g_steal_pointer (&plain), FALSE));
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_texts (child, texts);
}

static gboolean
has_text (GPtrArray  *texts,
          const char *text)
{
  for (guint i = 0; i < texts->len; i++)
    if (strcmp (texts->pdata[i], text) == 0)
      return TRUE;
  return FALSE;
}

/* Starts the application as main () does and returns its window. */
static GtkWindow *
start_application (ChApplication **out_app)
{
  ChWindow *window;

  gtk_init ();
  adw_init ();
  window = ch_test_start_application (out_app);
  ch_test_pump_for (100);
  return GTK_WINDOW (window);
}

static void
test_russian (void)
{
  if (g_test_subprocess ())
    {
      /* The window's own strings, msgid -> what a Russian reader sees. */
      static const struct { const char *msgid, *russian; } expected[] = {
        { "Open _Files…", "Открыть файлы…" },
        { "Open F_older…", "Открыть папку…" },
        { "Load _Sample Corpus", "Загрузить образцы статей" },
        { "Dates", "Даты" },
      };
      g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
      ChApplication *app = NULL;
      GtkWindow *window;
      guint found = 0;

      if (!use_locale ("ru_RU.UTF-8", "ru"))
        return;

      /* The catalog itself, before any widget. */
      g_assert_cmpstr (_("Open _Files…"), ==, "Открыть _файлы…");

      window = start_application (&app);
      collect_texts (GTK_WIDGET (window), texts);

      for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
        {
          if (has_text (texts, expected[i].russian))
            found++;
          else
            g_test_message ("not shown in Russian: %s", expected[i].msgid);
          /* The English text is not left anywhere in the window. */
          {
            g_autoptr(GString) english = g_string_new (expected[i].msgid);

            g_string_replace (english, "_", "", 0);
            g_assert_false (has_text (texts, english->str));
          }
        }
      g_assert_cmpuint (found, ==, G_N_ELEMENTS (expected));
      g_assert_cmpint (gtk_widget_get_default_direction (), ==, GTK_TEXT_DIR_LTR);

      gtk_window_destroy (window);
      g_object_unref (app);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

static void
test_urdu (void)
{
  if (g_test_subprocess ())
    {
      ChApplication *app = NULL;
      GtkWindow *window;

      if (!use_locale ("ur_PK.UTF-8", "ur"))
        return;

      /* Our own catalog says so, whatever GTK's says. */
      g_assert_true (ch_locale_is_rtl ());
      window = start_application (&app);
      g_assert_cmpint (gtk_widget_get_default_direction (), ==, GTK_TEXT_DIR_RTL);
      g_assert_cmpint (gtk_widget_get_direction (GTK_WIDGET (window)), ==, GTK_TEXT_DIR_RTL);

      gtk_window_destroy (window);
      g_object_unref (app);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

/* A facet's heading and the buttons beside it, as laid out: the heading
 * whole, each button as wide as its whole label, nothing overlapping. */
static void
check_facet_header (GtkWidget *list)
{
  GtkWidget *header = NULL;
  double right = -1;
  guint n_shown = 0;

  for (GtkWidget *box = gtk_widget_get_first_child (list); box != NULL && header == NULL;
       box = gtk_widget_get_next_sibling (box))
    for (GtkWidget *child = gtk_widget_get_first_child (box); child != NULL;
         child = gtk_widget_get_next_sibling (child))
      if (gtk_widget_has_css_class (child, "facet-header"))
        header = child;
  g_assert_nonnull (header);

  /* In visual order, left to right, whatever the text direction */
  for (GtkWidget *child = gtk_widget_get_first_child (header); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *label = GTK_IS_LABEL (child) ? child : NULL;
      graphene_rect_t bounds;
      int natural;

      if (!gtk_widget_get_visible (child))
        continue;
      g_assert_true (gtk_widget_compute_bounds (child, header, &bounds));
      gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural, NULL, NULL);
      if (GTK_IS_BUTTON (child) && GTK_IS_LABEL (gtk_button_get_child (GTK_BUTTON (child))))
        label = gtk_button_get_child (GTK_BUTTON (child));
      g_test_message ("%s: \"%s\" %.0f px of %d", G_OBJECT_TYPE_NAME (child),
                      label != NULL ? gtk_label_get_text (GTK_LABEL (label)) : "(icon)",
                      bounds.size.width, natural);
      if (label != NULL)
        g_assert_false (pango_layout_is_ellipsized (gtk_label_get_layout (GTK_LABEL (label))));
      g_assert_cmpfloat (bounds.size.width, >=, natural);
      n_shown++;
    }
  g_assert_cmpuint (n_shown, >=, 1);

  /* and side by side: sorted by x, each starts where the one before ends */
  for (double x = -1; ; )
    {
      GtkWidget *next = NULL;
      graphene_rect_t next_bounds = GRAPHENE_RECT_INIT (0, 0, 0, 0);

      for (GtkWidget *child = gtk_widget_get_first_child (header); child != NULL;
           child = gtk_widget_get_next_sibling (child))
        {
          graphene_rect_t bounds;

          if (!gtk_widget_get_visible (child) ||
              !gtk_widget_compute_bounds (child, header, &bounds) || bounds.origin.x <= x)
            continue;
          if (next == NULL || bounds.origin.x < next_bounds.origin.x)
            {
              next = child;
              next_bounds = bounds;
            }
        }
      if (next == NULL)
        break;
      g_assert_cmpfloat (next_bounds.origin.x, >=, right);
      right = next_bounds.origin.x + next_bounds.size.width;
      x = next_bounds.origin.x;
    }
  g_assert_cmpfloat (right, <=, gtk_widget_get_width (header));
}

/* Whether every visible child of @list's facet heading has been given at
 * least its natural width: the layout after a change has run. */
static gboolean
facet_header_laid_out (GtkWidget *list)
{
  for (GtkWidget *box = gtk_widget_get_first_child (list); box != NULL;
       box = gtk_widget_get_next_sibling (box))
    for (GtkWidget *header = gtk_widget_get_first_child (box); header != NULL;
         header = gtk_widget_get_next_sibling (header))
      {
        if (!gtk_widget_has_css_class (header, "facet-header"))
          continue;
        for (GtkWidget *child = gtk_widget_get_first_child (header); child != NULL;
             child = gtk_widget_get_next_sibling (child))
          {
            int natural;

            if (!gtk_widget_get_visible (child))
              continue;
            gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural, NULL, NULL);
            if (gtk_widget_get_width (child) < natural)
              return FALSE;
          }
        return TRUE;
      }
  return FALSE;
}

/* Runs the main loop until every facet heading of @window is laid out, for
 * at most ten seconds: a loaded machine can take longer than a frame or
 * two, and a heading that never fits is then reported by
 * check_facet_header(). */
static void
pump_until_headers_laid_out (ChWindow *window)
{
  gint64 until = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  ch_test_pump_for (50);
  while (g_get_monotonic_time () < until)
    {
      gboolean done = TRUE;

      for (ChFacet facet = 0; facet < CH_N_FACETS && done; facet++)
        done = facet_header_laid_out (ch_window_get_facet_list (window, facet));
      if (done)
        break;
      ch_test_pump_for (20);
    }
}

/* Every facet's heading and buttons show whole in a window of the default
 * size, with a facet collapsed ("Show All (N)") and expanded ("Show
 * Fewer"): Russian words are long, and Urdu is laid out right to left. */
static void
test_facet_headers (gconstpointer data)
{
  static const char * const more_orgs[] = {
    "NATO", "OSCE", "African Union", "European Union", "OPEC", "WTO",
  };
  const char * const *locale = data;

  if (g_test_subprocess ())
    {
      g_autoptr(GPtrArray) events = ch_test_make_events (600, 1234);
      g_autoptr(GtkCssProvider) provider = NULL;
      ChWindow *window;

      if (!use_locale (locale[0], locale[1]))
        return;
      gtk_init ();
      adw_init ();
      /* The application's style sheet sizes the headers' buttons. */
      provider = gtk_css_provider_new ();
      gtk_css_provider_load_from_resource (provider, "/io/github/chancery/Chancery/style.css");
      gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                                  GTK_STYLE_PROVIDER (provider),
                                                  GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
      if (ch_locale_is_rtl ())
        gtk_widget_set_default_direction (GTK_TEXT_DIR_RTL);

      /* Fourteen organizations, as many as in the sample corpus: more
       * than fit, so the heading has both its search and "Show All"
       * buttons beside it */
      for (guint i = 0; i < G_N_ELEMENTS (more_orgs); i++)
        {
          const char *orgs[] = { more_orgs[i], NULL };

          ch_event_set_organizations (events->pdata[i], orgs);
        }
      window = g_object_new (CH_TYPE_WINDOW, NULL);
      ch_corpus_add_events (ch_window_get_corpus (window), (ChEvent **) events->pdata, events->len);
      gtk_window_present (GTK_WINDOW (window));
      ch_test_pump_for (300);
      g_assert_cmpuint (ch_filter_get_n_values (ch_window_get_filter (window), CH_FACET_ORGANIZATION),
                        >, 12);

      for (int expanded = 0; expanded <= 1; expanded++)
        {
          for (ChFacet facet = 0; facet < CH_N_FACETS; facet++)
            {
              GtkWidget *list = ch_window_get_facet_list (window, facet);

              ch_facet_list_set_expanded (CH_FACET_LIST (list), expanded);
            }
          pump_until_headers_laid_out (window);
          for (ChFacet facet = 0; facet < CH_N_FACETS; facet++)
            check_facet_header (ch_window_get_facet_list (window, facet));
        }

      gtk_window_destroy (GTK_WINDOW (window));
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

/* @n as the locale groups it: "6,000" with @sep ",", "6 000" with U+202F. */
static char *
group_digits (guint       n,
              const char *sep)
{
  g_autofree char *digits = g_strdup_printf ("%u", n);
  GString *out = g_string_new (NULL);
  gsize len = strlen (digits);

  for (gsize i = 0; i < len; i++)
    {
      if (i > 0 && (len - i) % 3 == 0)
        g_string_append (out, sep);
      g_string_append_c (out, digits[i]);
    }
  return g_string_free (out, FALSE);
}

static void
collect_count_labels (GtkWidget *widget,
                      GPtrArray *out)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LABEL (child) && gtk_widget_has_css_class (child, "facet-count"))
        g_ptr_array_add (out, child);
      collect_count_labels (child, out);
    }
}

/* Opens a window on 6,000 generated events and checks that the status line
 * and the event-type facet's counts group digits with @sep, the locale's
 * thousands separator ("" where it has none). Returns the window. */
static ChWindow *
check_grouped_counts (const char *sep)
{
  g_autoptr(GPtrArray) events = ch_test_make_events (6000, 1234);
  g_autoptr(GPtrArray) counts = g_ptr_array_new ();
  g_autofree char *total = group_digits (6000, sep);
  ChWindow *window;
  ChFilter *filter;
  guint n_large = 0;

  gtk_init ();
  adw_init ();
  window = g_object_new (CH_TYPE_WINDOW, NULL);
  ch_corpus_add_events (ch_window_get_corpus (window), (ChEvent **) events->pdata, events->len);
  gtk_window_present (GTK_WINDOW (window));
  ch_test_pump_for (200);

  g_test_message ("status: %s", ch_window_get_status_text (window));
  g_assert_nonnull (strstr (ch_window_get_status_text (window), total));

  /* Six event types share 6,000 events: some count is in the thousands. */
  filter = ch_window_get_filter (window);
  collect_count_labels (ch_window_get_facet_list (window, CH_FACET_TYPE), counts);
  g_assert_cmpuint (counts->len, ==, CH_N_EVENT_TYPES);
  for (guint i = 0; i < counts->len; i++)
    {
      const char *text = gtk_label_get_text (counts->pdata[i]);
      guint matched = 0;

      for (guint id = 0; id < ch_filter_get_n_values (filter, CH_FACET_TYPE); id++)
        {
          guint n = ch_filter_get_count (filter, CH_FACET_TYPE, id);
          g_autofree char *grouped = group_digits (n, sep);

          if (strcmp (grouped, text) == 0)
            matched = n;
        }
      g_test_message ("event type count: %s", text);
      g_assert_cmpuint (matched, >, 0);
      n_large += matched >= 1000;
    }
  g_assert_cmpuint (n_large, >, 0);
  return window;
}

static void
test_grouping_english (void)
{
  if (g_test_subprocess ())
    {
      ChWindow *window;

      if (!use_locale ("en_US.UTF-8", "en"))
        return;
      window = check_grouped_counts (",");
      g_assert_cmpstr (ch_window_get_status_text (window), ==, "6,000 of 6,000 events, 0 selected");
      gtk_window_destroy (GTK_WINDOW (window));
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

static void
test_grouping_russian (void)
{
  if (g_test_subprocess ())
    {
      if (!use_locale ("ru_RU.UTF-8", "ru"))
        return;
      /* Russian groups with a narrow no-break space. */
      gtk_window_destroy (GTK_WINDOW (check_grouped_counts ("\u202f")));
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

/* C.UTF-8 is on every glibc system and has no thousands separator: the
 * counts stay as plain digits, with nothing inserted. */
static void
test_grouping_plain (void)
{
  if (g_test_subprocess ())
    {
      ChWindow *window;

      g_setenv ("LC_ALL", "C.UTF-8", TRUE);
      g_assert_nonnull (setlocale (LC_ALL, "C.UTF-8"));
      window = check_grouped_counts ("");
      g_assert_cmpstr (ch_window_get_status_text (window), ==, "6000 of 6000 events, 0 selected");
      gtk_window_destroy (GTK_WINDOW (window));
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
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
  /* The parent stays in the C locale; each case chooses its own. */
  g_unsetenv ("LANGUAGE");
  g_setenv ("LC_ALL", "C", TRUE);
  setlocale (LC_ALL, "C");
  g_test_init (&argc, &argv, NULL);
  ch_test_allow_unallocated_snapshots ();

  g_test_add_func ("/ui/window/i18n/russian", test_russian);
  g_test_add_func ("/ui/window/i18n/urdu", test_urdu);
  {
    static const char * const english[] = { "en_US.UTF-8", "en" };
    static const char * const russian[] = { "ru_RU.UTF-8", "ru" };
    static const char * const urdu[] = { "ur_PK.UTF-8", "ur" };

    g_test_add_data_func ("/ui/window/i18n/facet-headers/english", english, test_facet_headers);
    g_test_add_data_func ("/ui/window/i18n/facet-headers/russian", russian, test_facet_headers);
    g_test_add_data_func ("/ui/window/i18n/facet-headers/urdu", urdu, test_facet_headers);
  }
  g_test_add_func ("/ui/window/i18n/grouping/plain", test_grouping_plain);
  g_test_add_func ("/ui/window/i18n/grouping/english", test_grouping_english);
  g_test_add_func ("/ui/window/i18n/grouping/russian", test_grouping_russian);

  return g_test_run ();
}
