package cn.gov.baoji.portal.themes;

/** A theme that cannot be used: missing parent, cycle, unreadable or broken template. */
public class ThemeException extends RuntimeException {

    public ThemeException(String message) {
        super(message);
    }
}
