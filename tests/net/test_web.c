/* test_web.c — the browser station's files: the fixed list is web/ exactly, a
 * request names one of them or gets 404 (no path climbs out), every answer's
 * security headers, the catalog served to the page, and the code sheet's QR
 * codes hold what libqrencode encoded. */
#include "dh_test.h"
#include "dh_msg.h"
#include "dh_web.h"
#include "dh_web_qr.h"

#include <dirent.h>
#include <qrencode.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define WEB_DIR DH_SOURCE_DIR "/web"

static void the_list_is_the_folder(void **state)
{
    (void)state;
    size_t listed = 0;
    for (size_t i = 0; dh_web_files[i]; i++) listed++;
    DIR *d = opendir(WEB_DIR);
    assert_non_null(d);
    size_t found = 0;
    struct dirent *e;
    while ((e = readdir(d))) {
        if (e->d_name[0] == '.') continue;
        found++;
        int in = 0;
        for (size_t i = 0; dh_web_files[i]; i++) in |= !strcmp(dh_web_files[i], e->d_name);
        if (!in) fail_msg("web/%s is not in dh_web_files: the server would never send it", e->d_name);
    }
    closedir(d);
    assert_int_equal(found, listed);
}

static void a_path_names_a_file_or_gets_404(void **state)
{
    (void)state;
    dh_web *w = NULL;
    char err[512] = "";
    assert_int_equal(dh_web_create(WEB_DIR, &w, err, sizeof err), DH_OK);
    dh_web_reply r = dh_web_lookup(w, "/");
    assert_int_equal(r.status, 200);
    assert_string_equal(r.type, "text/html; charset=utf-8");
    assert_non_null(strstr(r.body, "<!doctype html>"));
    assert_int_equal(r.len, strlen(r.body));
    r = dh_web_lookup(w, "/app.js?v=2#x");
    assert_int_equal(r.status, 200);
    assert_string_equal(r.type, "text/javascript; charset=utf-8");
    r = dh_web_lookup(w, "/style.css");
    assert_string_equal(r.type, "text/css; charset=utf-8");
    static const char *const refused[] = {
        "/../CMakeLists.txt", "/..%2fCMakeLists.txt", "/web/index.html", "//index.html", "/index.html/",
        "/./index.html", "/INDEX.HTML", "/index.htm", "/catalog.tsv", "index.html", "", "/.git/config",
        "/app.js\\", "/%2e%2e/%2e%2e/etc/passwd",
    };
    for (size_t i = 0; i < sizeof refused / sizeof refused[0]; i++) {
        r = dh_web_lookup(w, refused[i]);
        if (r.status != 404) fail_msg("%s answered %d", refused[i], r.status);
    }
    assert_int_equal(dh_web_lookup(w, NULL).status, 404);
    dh_web_destroy(w);
}

static void every_answer_carries_the_security_headers(void **state)
{
    (void)state;
    const char *csp = NULL, *nosniff = NULL, *referrer = NULL;
    for (size_t i = 0; dh_web_headers[i][0]; i++) {
        if (!strcmp(dh_web_headers[i][0], "content-security-policy")) csp = dh_web_headers[i][1];
        if (!strcmp(dh_web_headers[i][0], "x-content-type-options")) nosniff = dh_web_headers[i][1];
        if (!strcmp(dh_web_headers[i][0], "referrer-policy")) referrer = dh_web_headers[i][1];
        assert_null(strstr(dh_web_headers[i][0], "cookie"));
    }
    assert_non_null(csp);
    assert_non_null(strstr(csp, "default-src 'self'"));
    assert_non_null(strstr(csp, "connect-src 'self'"));
    assert_non_null(strstr(csp, "frame-ancestors 'none'"));
    assert_null(strstr(csp, "unsafe"));
    assert_null(strstr(csp, "*"));
    assert_null(strstr(csp, "http"));
    assert_string_equal(nosniff, "nosniff");
    assert_string_equal(referrer, "no-referrer");
}

static void the_page_reads_the_catalogs_words(void **state)
{
    (void)state;
    assert_string_equal(dh_msg_id_name(S_RUNNING), "S_RUNNING");
    assert_null(dh_msg_id_name((dh_msg_id)DH_MSG_COUNT));
    dh_web *w = NULL;
    char err[512] = "";
    assert_int_equal(dh_web_create(WEB_DIR, &w, err, sizeof err), DH_OK);
    dh_web_reply r = dh_web_lookup(w, "/catalog.json");
    assert_int_equal(r.status, 200);
    assert_string_equal(r.type, "application/json; charset=utf-8");
    assert_true(!strncmp(r.body, "{\"langs\":[\"en\",\"vi\"],\"en\":{", 27));
    assert_non_null(strstr(r.body, "\"W_JOIN\":\"Join\""));
    assert_non_null(strstr(r.body, "\"W_JOIN\":\"Tham gia\""));
    assert_non_null(strstr(r.body, "\"S_PAUSED\":\"TẠM DỪNG\""));
    /* only the page's words: no command-line help, no loader errors */
    assert_null(strstr(r.body, "\"H_"));
    assert_null(strstr(r.body, "\"E_"));
    dh_web_destroy(w);
}

static void a_missing_file_is_named(void **state)
{
    (void)state;
    dh_web *w = (dh_web *)1;
    char err[512] = "";
    assert_int_equal(dh_web_create(DH_SOURCE_DIR "/assets", &w, err, sizeof err), DH_EIO);
    assert_null(w);
    assert_non_null(strstr(err, "/assets/index.html"));
}

/* Reads the path back into modules and compares them with libqrencode's own. */
static void the_qr_svg_holds_the_code(void **state)
{
    (void)state;
    const char *url = "https://192.0.2.7:8443/#code=K7QX-M2PA-9F";
    dh_buf b;
    dh_buf_init(&b);
    assert_int_equal(dh_web_qr_svg(url, 160, "QR <code> & \"x\"", &b), DH_OK);
    const char *svg = dh_buf_cstr(&b);
    assert_true(!strncmp(svg, "<svg ", 5));
    assert_non_null(strstr(svg, "aria-label=\"QR &lt;code&gt; &amp; &quot;x&quot;\""));
    QRcode *qr = QRcode_encodeString8bit(url, 0, QR_ECLEVEL_M);
    assert_non_null(qr);
    int w = qr->width;
    char want[64];
    snprintf(want, sizeof want, "viewBox=\"0 0 %d %d\"", w + 8, w + 8);
    assert_non_null(strstr(svg, want));
    unsigned char *got = calloc((size_t)(w * w), 1);
    const char *p = strstr(svg, " d=\"");
    assert_non_null(p);
    p += 4;
    int x, y, run, back, n;
    while (sscanf(p, "M%d %dh%dv1h-%dz%n", &x, &y, &run, &back, &n) == 4) {
        assert_int_equal(run, back);
        for (int i = 0; i < run; i++) got[(y - 4) * w + (x - 4) + i] = 1;
        p += n;
    }
    assert_true(*p == '"');
    for (int i = 0; i < w * w; i++)
        if ((qr->data[i] & 1) != got[i]) fail_msg("module %d,%d differs", i % w, i / w);
    free(got);
    QRcode_free(qr);
    char too_long[8000];
    memset(too_long, 'A', sizeof too_long - 1);
    too_long[sizeof too_long - 1] = 0;
    dh_buf_reset(&b);
    assert_int_equal(dh_web_qr_svg(too_long, 160, NULL, &b), DH_EINPUT);
    dh_buf_free(&b);
    char u[128];
    assert_int_equal(dh_web_join_url(u, sizeof u, "[::1]:8443", "K7QX-M2PA-9F"), 0);
    assert_string_equal(u, "https://[::1]:8443/#code=K7QX-M2PA-9F");
    assert_int_equal(dh_web_join_url(u, 10, "[::1]:8443", "K7QX-M2PA-9F"), -1);
    assert_int_equal(dh_web_join_url(u, sizeof u, "wss://127.0.0.1:8443/ws", "AB"), 0);
    assert_string_equal(u, "https://127.0.0.1:8443/#code=AB");
    assert_int_equal(dh_web_join_url(u, sizeof u, "https://drill.bhxh.local:443/", "AB"), 0);
    assert_string_equal(u, "https://drill.bhxh.local:443/#code=AB");
    assert_int_equal(dh_web_join_url(u, sizeof u, "https:///", "AB"), -1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(the_list_is_the_folder),
        cmocka_unit_test(a_path_names_a_file_or_gets_404),
        cmocka_unit_test(every_answer_carries_the_security_headers),
        cmocka_unit_test(the_page_reads_the_catalogs_words),
        cmocka_unit_test(a_missing_file_is_named),
        cmocka_unit_test(the_qr_svg_holds_the_code),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
