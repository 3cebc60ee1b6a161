/* web_serve.c — a test's server for the station page alone: libwebsockets over
 * TLS on 127.0.0.1 with DH_WEB_LWS_PROTOCOL first and a stand-in `drillhall.v1`
 * protocol after it, as the drill server lists them. It writes its port to a
 * file and stops by itself after SECONDS.
 *
 * usage: web_serve WEB_DIR CERT KEY PORT_FILE SECONDS
 *        web_serve --list      (the page's files, one a line) */
#include "dh_web_lws.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static int station(struct lws *wsi, enum lws_callback_reasons reason, void *user, void *in, size_t len)
{
    return 0;   /* accepts the upgrade; the page's files are what is tested */
}

int main(int argc, char **argv)
{
    if (argc == 2 && !strcmp(argv[1], "--list")) {
        for (size_t i = 0; dh_web_files[i]; i++) puts(dh_web_files[i]);
        return 0;
    }
    if (argc != 6) {
        fprintf(stderr, "usage: web_serve WEB_DIR CERT KEY PORT_FILE SECONDS\n");
        return 2;
    }
    dh_web *web = NULL;
    char err[512];
    if (dh_web_create(argv[1], &web, err, sizeof err) != DH_OK) {
        fprintf(stderr, "web_serve: %s\n", err);
        return 1;
    }
    struct lws_protocols protocols[] = {
        DH_WEB_LWS_PROTOCOL(web),
        {"drillhall.v1", station, 0, 4096, 0, NULL, 0},
        {NULL, NULL, 0, 0, 0, NULL, 0},
    };
    lws_set_log_level(LLL_ERR, NULL);
    struct lws_context_creation_info info;
    memset(&info, 0, sizeof info);
    info.port = 0;   /* any free port: the test reads it from PORT_FILE */
    info.iface = "127.0.0.1";
    info.protocols = protocols;
    info.options = LWS_SERVER_OPTION_DO_SSL_GLOBAL_INIT;
    info.ssl_cert_filepath = argv[2];
    info.ssl_private_key_filepath = argv[3];
    struct lws_context *ctx = lws_create_context(&info);
    if (!ctx) {
        fprintf(stderr, "web_serve: no lws context\n");
        dh_web_destroy(web);
        return 1;
    }
    struct lws_vhost *vh = lws_get_vhost_by_name(ctx, "default");
    int port = vh ? lws_get_vhost_listen_port(vh) : -1;
    FILE *f = fopen(argv[4], "w");
    if (!f || port <= 0 || fprintf(f, "%d\n", port) < 0 || fclose(f)) {
        fprintf(stderr, "web_serve: no port\n");
        lws_context_destroy(ctx);
        dh_web_destroy(web);
        return 1;
    }
    time_t end = time(NULL) + atoi(argv[5]);
    while (time(NULL) < end)
        if (lws_service(ctx, 0) < 0) break;
    lws_context_destroy(ctx);
    dh_web_destroy(web);
    return 0;
}
