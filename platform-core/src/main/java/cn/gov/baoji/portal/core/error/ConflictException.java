package cn.gov.baoji.portal.core.error;

/** The request clashes with existing data, e.g. a domain already used by another tenant. */
public class ConflictException extends PortalException {

    public ConflictException(String userMessage) {
        super("conflict", userMessage);
    }

    @Override
    public int status() {
        return 409;
    }
}
