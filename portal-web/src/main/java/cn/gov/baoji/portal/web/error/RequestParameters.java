package cn.gov.baoji.portal.web.error;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.function.Function;

import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import org.jboss.resteasy.reactive.RestForm;

import cn.gov.baoji.portal.core.error.InvalidInputException;

/**
 * Turns request parameters into values, refusing what no resource should see:
 * <ul>
 * <li>a numeric query parameter that is no number answers 400 naming the parameter (by the JAX-RS
 * rules it would be a 404, which tells an API client nothing; a non-numeric path segment still
 * answers 404, as there is no such resource);</li>
 * <li>a form field with control characters other than tab and line breaks answers 400, as JSON text
 * does ({@link StrictJsonBodies}) and the path and query do ({@link ControlCharacters}): a NUL
 * byte would otherwise reach PostgreSQL and fail there with a 500.</li>
 * </ul>
 */
@Provider
public class RequestParameters implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String query = nameOf(annotations, QueryParam.class);
        if (query != null && (rawType == int.class || rawType == Integer.class)) {
            return (ParamConverter<T>) new Whole<>(query, Integer::valueOf);
        }
        if (query != null && (rawType == long.class || rawType == Long.class)) {
            return (ParamConverter<T>) new Whole<>(query, Long::valueOf);
        }
        if (rawType == String.class && (nameOf(annotations, RestForm.class) != null
                || nameOf(annotations, FormParam.class) != null)) {
            return (ParamConverter<T>) new FormText();
        }
        return null;
    }

    private static String nameOf(Annotation[] annotations, Class<? extends Annotation> type) {
        if (annotations == null) {
            return null;
        }
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam query && type == QueryParam.class) {
                return query.value();
            }
            if (annotation instanceof RestForm form && type == RestForm.class) {
                return form.value();
            }
            if (annotation instanceof FormParam form && type == FormParam.class) {
                return form.value();
            }
        }
        return null;
    }

    /** A whole number in decimal digits, within the range of its type. */
    private record Whole<N extends Number>(String name, Function<String, N> parse) implements ParamConverter<N> {

        @Override
        public N fromString(String value) {
            if (value == null) {
                return null;
            }
            try {
                return parse.apply(value.strip());
            } catch (NumberFormatException e) {
                throw new InvalidInputException(name, name + " 应为整数");
            }
        }

        @Override
        public String toString(N value) {
            return value == null ? null : value.toString();
        }
    }

    /** Text of a form field: any line of a text area, but no other control character. */
    private static final class FormText implements ParamConverter<String> {

        @Override
        public String fromString(String value) {
            if (ControlCharacters.indexIn(value, true) >= 0) {
                // @RestForm often leaves the name to the Java parameter, which is not known here.
                throw new InvalidInputException("form", "表单内容中含有不允许的控制字符。");
            }
            return value;
        }

        @Override
        public String toString(String value) {
            return value;
        }
    }
}
