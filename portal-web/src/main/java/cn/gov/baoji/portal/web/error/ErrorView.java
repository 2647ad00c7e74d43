package cn.gov.baoji.portal.web.error;

/** What the error page shows. */
public record ErrorView(String title, String message, String homeUrl, String homeLabel) {
}
