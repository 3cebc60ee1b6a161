/* dh_test.h — what every cmocka suite includes. */
#ifndef DH_TEST_H
#define DH_TEST_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#endif
