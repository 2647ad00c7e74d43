package cn.gov.baoji.portal.core.error;

/**
 * Base of the domain's rule violations. Carries a stable problem type and a message fit to show
 * to users (in Chinese); never a technical detail.
 */
public abstract class PortalException extends RuntimeException {

    private final String problemType;

    protected PortalException(String problemType, String userMessage) {
        super(userMessage);
        this.problemType = problemType;
    }

    /** Short stable slug, e.g. {@code not-found}; the API turns it into the problem's type URI. */
    public String problemType() {
        return problemType;
    }

    public abstract int status();

    @Override
    public synchronized Throwable fillInStackTrace() {
        // Expected outcomes of user input: a stack trace would only cost time.
        return this;
    }
}
