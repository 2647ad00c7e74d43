package cn.gov.baoji.portal.core.error;

/** The thing asked for does not exist, or does not exist for the caller's tenant. */
public class NotFoundException extends PortalException {

    public NotFoundException(String userMessage) {
        super("not-found", userMessage);
    }

    @Override
    public int status() {
        return 404;
    }
}
