/* ch-application.c
 *
 * Copyright 2026 The Chancery authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ch-application"

#include "config.h"

#include <glib/gi18n.h>

#include "ch-application.h"
#include "ch-locale.h"
#include "ch-window.h"
#include "ch-window-project.h"

/*
 * One window per application: files opened while Chancery runs (from a
 * file manager, or "chancery FILE" again) are added to the running window.
 * AdwApplication loads style.css from the resource base by itself.
 */

struct _ChApplication
{
  AdwApplication parent_instance;
};

G_DEFINE_FINAL_TYPE (ChApplication, ch_application, ADW_TYPE_APPLICATION)

static ChWindow *
get_window (ChApplication *self,
            gboolean      *created)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  *created = FALSE;
  if (CH_IS_WINDOW (window))
    return CH_WINDOW (window);

  *created = TRUE;
  return ch_window_new (GTK_APPLICATION (self));
}

static void
ch_application_activate (GApplication *app)
{
  gboolean created;
  ChWindow *window = get_window (CH_APPLICATION (app), &created);

  gtk_window_present (GTK_WINDOW (window));
  /* First start shows the sample corpus; later ones what was open. */
  if (created)
    ch_window_restore_corpus (window);
}

/* Files from the command line or the file manager: a .chancery project
 * opens as the investigation, other files are imported. */
static void
ch_application_open (GApplication  *app,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  gboolean created;
  ChWindow *window = get_window (CH_APPLICATION (app), &created);

  ch_window_open_from_outside (window, files, (guint) n_files);
  gtk_window_present (GTK_WINDOW (window));
}

static void
about_action (GSimpleAction *action,
              GVariant      *param,
              gpointer       user_data)
{
  GtkApplication *app = user_data;
  const char *developers[] = { _("The Chancery authors"), NULL };
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", gtk_application_get_active_window (app),
                        "application-name", _("Chancery"),
                        "application-icon", APP_ID,
                        "developer-name", _("The Chancery authors"),
                        "version", PACKAGE_VERSION,
                        "comments", _("Follow diplomacy through the news: who met whom, when, where, about what"),
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "developers", developers,
                        /* Translators: your names, one per line */
                        "translator-credits", _("translator-credits"),
                        NULL);
  gtk_window_present (GTK_WINDOW (about));
}

static void
quit_action (GSimpleAction *action,
             GVariant      *param,
             gpointer       user_data)
{
  GtkApplication *app = user_data;
  GList *windows = gtk_application_get_windows (app);

  /* Closing, not destroying, lets each window save its state. */
  while (windows != NULL)
    {
      GList *next = windows->next;
      gtk_window_close (windows->data);
      windows = next;
    }
}

static const GActionEntry app_actions[] = {
  { "about", about_action, NULL, NULL, NULL, { 0 } },
  { "quit", quit_action, NULL, NULL, NULL, { 0 } },
};

static void
ch_application_startup (GApplication *app)
{
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *close_accels[] = { "<Control>w", NULL };

  G_APPLICATION_CLASS (ch_application_parent_class)->startup (app);

  /* GTK takes the direction from its own translation, which may be
   * missing for a language ours covers (Urdu on Debian 12). */
  gtk_widget_set_default_direction (ch_locale_is_rtl () ? GTK_TEXT_DIR_RTL : GTK_TEXT_DIR_LTR);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions,
                                   G_N_ELEMENTS (app_actions), app);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "window.close", close_accels);
}

static void
ch_application_class_init (ChApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  app_class->activate = ch_application_activate;
  app_class->open = ch_application_open;
  app_class->startup = ch_application_startup;
}

static void
ch_application_init (ChApplication *self)
{
}

ChApplication *
ch_application_new (void)
{
  return g_object_new (CH_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_DEFAULT_FLAGS | G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", RESOURCE_BASE,
                       NULL);
}
