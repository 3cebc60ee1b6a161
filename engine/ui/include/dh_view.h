/* dh_view.h — which screen a ui shows. Apart from dh_ui.h so the files inside
 * engine/ui can know it without depending on the whole public contract. */
#ifndef DH_VIEW_H
#define DH_VIEW_H

typedef enum dh_view { DH_VIEW_CONSOLE, DH_VIEW_TEAM, DH_VIEW_SCOREBOARD } dh_view;

#endif
