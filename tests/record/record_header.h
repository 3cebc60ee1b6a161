/* record_header.h — the header the record tests write: a one-line scenario,
 * seed 42, Vietnamese, random bots, a fixed creation time. Included by one
 * test file each, so its definitions are static. */
#ifndef DH_TEST_RECORD_HEADER_H
#define DH_TEST_RECORD_HEADER_H

#include "dh_record.h"

#include <string.h>

static const char test_source[] = "scenario { id = 'x' }\n";

static void test_header(dh_record_header *h)
{
    dh_record_header_init(h);
    h->engine_version = "test";
    h->scenario_file = "x.lua";
    h->scenario_id = "x";
    h->scenario_version = 3;
    h->scenario_source = (char *)test_source;
    h->scenario_len = sizeof test_source - 1;
    h->seed = 42;
    strcpy(h->lang, "vi");
    strcpy(h->bots, "random");
    h->created_us = 1700000000000000;
}

#endif
