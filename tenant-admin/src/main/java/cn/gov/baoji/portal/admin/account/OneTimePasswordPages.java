package cn.gov.baoji.portal.admin.account;

import jakarta.ws.rs.core.Response;

/** The one rule for every page that may carry a one-time password: no browser, history or proxy keeps a copy. */
public final class OneTimePasswordPages {

    private OneTimePasswordPages() {
    }

    public static Response.ResponseBuilder uncached(Response.ResponseBuilder response) {
        return response.header("Cache-Control", "no-store").header("Pragma", "no-cache");
    }
}
