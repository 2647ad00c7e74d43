package cn.gov.baoji.portal.core.application;

import java.util.Map;

/**
 * What a citizen sends with an application (the form's and the API's fields), before checks.
 *
 * @param applicant the applicant's name (a person's or an organisation's)
 * @param phone the mainland mobile number the applicant looks the application up with
 * @param values the form's fields by key, as typed
 */
public record ApplicationInput(String applicant, String phone, Map<String, String> values) {

    public ApplicationInput {
        values = values == null ? Map.of() : Map.copyOf(values);
    }
}
