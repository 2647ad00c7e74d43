package cn.gov.baoji.portal.core.error;

/** Input that breaks a rule; names the offending field. */
public class InvalidInputException extends PortalException {

    private final String field;

    public InvalidInputException(String field, String userMessage) {
        super("invalid-input", userMessage);
        this.field = field;
    }

    public String field() {
        return field;
    }

    @Override
    public int status() {
        return 400;
    }
}
