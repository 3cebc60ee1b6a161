/* dh_msg.c — looks messages up in the table generated from catalog.tsv. */
#include "dh_msg.h"

extern const char *const dh_catalog_table[DH_MSG_COUNT][DH_CATALOG_LANG_COUNT];
extern const char *const dh_catalog_ids[DH_MSG_COUNT];

/* One per process, set before threads start (dh_msg.h); read-only afterwards. */
static dh_lang process_lang = DH_LANG_EN;

const char *dh_tr(dh_lang lang, dh_msg_id id)
{
    if ((unsigned)id >= DH_MSG_COUNT) return "";
    if ((unsigned)lang >= DH_LANG_COUNT) lang = DH_LANG_EN;
    return dh_catalog_table[id][lang];
}

const char *dh_msg_id_name(dh_msg_id id)
{
    return (unsigned)id < DH_MSG_COUNT ? dh_catalog_ids[id] : NULL;
}

const char *dh_msg(dh_msg_id id) { return dh_tr(process_lang, id); }

void dh_msg_set_lang(dh_lang lang)
{
    if ((unsigned)lang < DH_LANG_COUNT) process_lang = lang;
}

dh_lang dh_msg_lang(void) { return process_lang; }
