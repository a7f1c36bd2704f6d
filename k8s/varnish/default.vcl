vcl 4.1;
# Varnish in front of the newsroom CMS: keeps what the API says is public (anonymous
# GET queries, feeds, sitemaps) for as long as its Cache-Control says, serves it stale
# while it refetches (stale-while-revalidate), and drops exactly the answers a change
# affects when the application sends PURGE with their surrogate keys (xkey, from
# Debian's varnish-modules). Signed-in requests, POSTs and mutations always pass.

import xkey;

# The application's Service. (The tests run a copy with their own address here.)
backend default {
    .host = "newsroom-cms";
    .port = "8080";
}

# Who may purge: the application's pods. Narrow to their network in your cluster.
acl purgers {
    "localhost";
    "10.0.0.0"/8;
    "172.16.0.0"/12;
    "192.168.0.0"/16;
}

sub vcl_recv {
    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(403, "Not allowed"));
        }
        if (!req.http.xkey-purge) {
            return (synth(400, "Send the keys to purge in xkey-purge"));
        }
        # A change to many articles at once (sections, tags, imports) says "everything".
        # (Answers that read too much to list their keys carry "all", which every purge names.)
        if (req.http.xkey-purge ~ "(^| )everything( |$)") {
            ban("obj.http.xkey ~ .");
        }
        set req.http.x-purged = xkey.purge(req.http.xkey-purge);
        return (synth(200, "Purged " + req.http.x-purged));
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    if (req.http.Authorization) {
        return (pass);
    }
    return (hash);
}

sub vcl_deliver {
    # The keys are for this cache, not for readers.
    unset resp.http.xkey;
}
